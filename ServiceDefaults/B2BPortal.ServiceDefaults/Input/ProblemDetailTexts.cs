using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace B2BPortal.ServiceDefaults.Input;

/// <summary>
/// Gives every problem a <c>detail</c>: a validation problem says its first errors and names the first field; a problem the
/// framework wrote with a status only (routing's 404, 405 and 415, an empty 401) says what to do about that status.
/// </summary>
internal static class ProblemDetailTexts
{
    public static void Complete(ProblemDetails problem, HttpContext http)
    {
        if (!string.IsNullOrWhiteSpace(problem.Detail))
        {
            return;
        }

        if (problem is HttpValidationProblemDetails { Errors.Count: > 0 } validation)
        {
            var errors = validation.Errors.SelectMany(e => e.Value.Select(message => $"{e.Key}: {message}")).ToList();
            problem.Detail = string.Join(" ", errors.Take(3)) + (errors.Count > 3 ? $" (and {errors.Count - 3} more)" : "");
            problem.WithField(validation.Errors.First().Key);
            return;
        }

        problem.Detail = ForStatus(problem.Status ?? http.Response.StatusCode, http);
    }

    /// <summary>Names the field the problem concerns (<c>field</c>), when there is one and none is named yet.</summary>
    public static ProblemDetails WithField(this ProblemDetails problem, string? field)
    {
        if (field is not null)
        {
            problem.Extensions.TryAdd("field", field);
        }

        return problem;
    }

    private static string ForStatus(int status, HttpContext http)
    {
        var request = http.Request;
        return status switch
        {
            StatusCodes.Status400BadRequest => "The request could not be read. Check it against the API reference at /api-reference.",
            StatusCodes.Status401Unauthorized => "Sign in, or send a valid access token (Authorization: Bearer …).",
            StatusCodes.Status403Forbidden => "You may not do this. Ask your company's account admin for the permission.",
            StatusCodes.Status404NotFound => $"Nothing answers {request.Method} {request.Path}. The API reference at /api-reference lists the routes and their ids.",
            StatusCodes.Status405MethodNotAllowed => $"{request.Path} does not take {request.Method}" +
                                                     (http.Response.Headers.Allow is { Count: > 0 } allow ? $"; it takes {allow}." : "."),
            StatusCodes.Status406NotAcceptable => "This route answers in JSON; ask for application/json (Accept header).",
            StatusCodes.Status409Conflict => "The request conflicts with what is stored now. Read it again, then retry.",
            StatusCodes.Status413PayloadTooLarge => RequestLimits.TooLargeDetail(http.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize),
            StatusCodes.Status415UnsupportedMediaType => $"This route does not read {request.ContentType ?? "a body without a Content-Type"}. " +
                                                         $"Send {Accepted(http)} with a matching Content-Type header.",
            StatusCodes.Status429TooManyRequests => "Too many requests. Wait a minute, then try again.",
            >= 500 => "The request was not completed. Try again; if it keeps failing, quote the trace id to support.",
            _ => $"The request was answered {status}. The API reference at /api-reference says what this route expects.",
        };
    }

    private static string Accepted(HttpContext http) =>
        http.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes is { Count: > 0 } types ? string.Join(" or ", types) : "application/json";
}
