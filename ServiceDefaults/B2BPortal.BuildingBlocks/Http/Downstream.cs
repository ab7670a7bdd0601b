using System.Net;
using Microsoft.AspNetCore.Http;
using Refit;

namespace B2BPortal.BuildingBlocks.Http;

/// <summary>A service the answer depends on failed or did not answer in time.</summary>
public sealed class ServiceUnavailableException(string service, Exception inner)
    : Exception($"{service} did not answer.", inner)
{
    public string Service { get; } = service;
}

/// <summary>Calls from one host to another: deadlines, and what counts as the other being unavailable.</summary>
public static class Downstream
{
    /// <summary>
    /// Calls a service with a deadline. A timeout, a connection failure or a 5xx becomes <see cref="ServiceUnavailableException"/>;
    /// a 4xx stays an <see cref="ApiException"/> for the caller to map; the client going away stays a cancellation.
    /// </summary>
    public static async Task<T> CallAsync<T>(string service, TimeSpan deadline, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(deadline);
        try
        {
            return await call(timeout.Token);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested && IsUnavailable(exception))
        {
            throw new ServiceUnavailableException(service, exception);
        }
    }

    public static bool IsNotFound(ApiException exception) => exception.StatusCode == HttpStatusCode.NotFound;

    /// <summary>A raw response that is not a success becomes an <see cref="HttpRequestException"/> (so the service counts as unavailable).</summary>
    public static async Task<HttpResponseMessage> SuccessfulAsync(Task<HttpResponseMessage> call)
    {
        var response = await call;
        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        response.Dispose();
        throw new HttpRequestException($"The service answered {(int)response.StatusCode}.", null, response.StatusCode);
    }

    /// <summary>The 503 problem for a service that did not answer, naming it.</summary>
    public static IResult Unavailable(ServiceUnavailableException exception) =>
        TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: $"{exception.Service} unavailable.",
            detail: $"{exception.Service} did not answer in time, so this could not be done now. Nothing was changed; try again in a moment.");

    /// <summary>A service's own refusal (validation, permission, conflict) passed on to the caller as the service worded it.</summary>
    public static IResult Relay(ApiException exception) =>
        Results.Content(exception.Content, exception.ContentHeaders?.ContentType?.ToString() ?? "application/problem+json", statusCode: (int)exception.StatusCode);

    private static bool IsUnavailable(Exception exception) => exception switch
    {
        OperationCanceledException or HttpRequestException or TimeoutException => true,
        ApiException api => (int)api.StatusCode >= 500,
        _ => false,
    };
}
