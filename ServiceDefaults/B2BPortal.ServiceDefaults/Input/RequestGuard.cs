using B2BPortal.Contracts.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;

namespace B2BPortal.ServiceDefaults.Input;

/// <summary>
/// Refuses, before anything else reads it, a request whose address or headers no route could use: an address past
/// <see cref="RequestLimits.MaxUrlLength"/> (414), headers past <see cref="RequestLimits.MaxHeaderBytes"/> (431), a header value
/// with a character outside printable ASCII, or a path or query value that <see cref="TextRules"/> refuses (400). Each answer
/// is a problem naming what to change.
/// </summary>
internal sealed class RequestGuard(RequestDelegate next, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if ((Refusal(context.Request) ?? await TooLargeAsync(context)) is { } refusal)
        {
            context.Response.StatusCode = refusal.Status;
            var problem = new ProblemDetails { Status = refusal.Status, Title = refusal.Title, Detail = refusal.Detail }.WithField(refusal.Field);
            await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
            return;
        }

        await next(context);
    }

    private sealed record Refused(int Status, string Title, string Detail, string? Field = null);

    /// <summary>
    /// A body its Content-Length puts past the route's limit is refused before the route reads it. Up to the bulk limit it is
    /// read and dropped first, so the connection stays usable: a proxy (the BFF) still writing it would otherwise see the
    /// connection closed under it and answer 502 instead of this 413.
    /// </summary>
    private static async Task<Refused?> TooLargeAsync(HttpContext context)
    {
        var limit = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (context.Request.ContentLength is not { } length || limit?.MaxRequestBodySize is not { } most || length <= most)
        {
            return null;
        }

        if (length <= RequestLimits.BulkBody && !limit.IsReadOnly)
        {
            limit.MaxRequestBodySize = RequestLimits.BulkBody;
            await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
        }

        return new Refused(StatusCodes.Status413PayloadTooLarge, "The body is too large.", RequestLimits.TooLargeDetail(most));
    }

    private static Refused? Refusal(HttpRequest request)
    {
        var length = request.Path.Value?.Length + request.QueryString.Value?.Length ?? 0;
        if (length > RequestLimits.MaxUrlLength)
        {
            return new Refused(StatusCodes.Status414UriTooLong, "The address is too long.",
                $"The address is {length:N0} characters long; the portal accepts up to {RequestLimits.MaxUrlLength:N0}. Send long lists in a request body.");
        }

        var headerBytes = request.Headers.Sum(h => h.Key.Length + h.Value.Sum(v => v?.Length ?? 0));
        if (headerBytes > RequestLimits.MaxHeaderBytes)
        {
            var largest = request.Headers.MaxBy(h => h.Value.Sum(v => v?.Length ?? 0)).Key;
            return new Refused(StatusCodes.Status431RequestHeaderFieldsTooLarge, "The request headers are too large.",
                $"The headers hold {headerBytes:N0} characters; the portal accepts up to {RequestLimits.MaxHeaderBytes:N0}. The largest is {largest}.", largest);
        }

        foreach (var (name, values) in request.Headers)
        {
            if (values.Any(v => v is not null && v.Any(c => c is < ' ' and not '\t' or > '~')))
            {
                return new Refused(StatusCodes.Status400BadRequest, "A header holds a character HTTP does not allow.",
                    $"The {name} header holds a character outside printable ASCII. Header values are ASCII; percent-encode or drop the rest.", name);
            }
        }

        if (TextRules.Problem(request.Path.Value ?? "", multiLine: false) is { } pathProblem)
        {
            return new Refused(StatusCodes.Status400BadRequest, "The address holds a character no route accepts.", $"The address cannot be used. {pathProblem}");
        }

        foreach (var (name, values) in request.Query)
        {
            if (values.Prepend(name).Select(v => TextRules.Problem(v ?? "", multiLine: false)).FirstOrDefault(p => p is not null) is { } queryProblem)
            {
                return new Refused(StatusCodes.Status400BadRequest, "A query parameter holds a character no route accepts.", $"{name}: {queryProblem}", name);
            }
        }

        return null;
    }
}
