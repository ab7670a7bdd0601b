using System.Globalization;

namespace B2BPortal.Bff.Api;

internal static class ApiProblems
{
    public static IResult MissingAntiForgeryHeader() => TypedResults.Problem(
        statusCode: StatusCodes.Status401Unauthorized,
        title: "Anti-forgery header missing.",
        detail: "Calls made with the portal's session cookie must send the header X-CSRF: 1. Partner systems send Authorization: Bearer instead.");

    public static IResult InvalidToken() => TypedResults.Problem(
        statusCode: StatusCodes.Status401Unauthorized,
        title: "Invalid access token.",
        detail: "The bearer token is missing, expired or not issued by the portal's identity provider for portal-api. Get a new one from the token endpoint.");

    public static IResult SessionExpired() => TypedResults.Problem(
        statusCode: StatusCodes.Status401Unauthorized,
        title: "Session ended.",
        detail: "The session could not renew its access. Sign in again.");

    public static IResult TooManyRequests(HttpContext http, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many requests.",
            detail: $"This client has used its request allowance. Retry after {seconds} s.");
    }

    public static IResult ScopeUnavailable() => TypedResults.Problem(
        statusCode: StatusCodes.Status503ServiceUnavailable,
        title: "Account check unavailable.",
        detail: "The portal could not confirm which accounts you may act for just now. Retry in a moment.");
}
