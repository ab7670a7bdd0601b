using System.Net;
using System.Text.Json;

namespace B2BPortal.Tests.Fuzz;

/// <summary>
/// What every answer to any input must be: never a 5xx, never a stack trace, every 4xx a problem+json with a <c>detail</c> a
/// person can act on, and never slower than a second. Returns what was wrong, or null.
/// </summary>
internal static class Verdict
{
    public static readonly TimeSpan Slowest = TimeSpan.FromSeconds(1);

    private static readonly string[] StackTraceMarks = ["   at ", ".cs:line ", "Exception:", "StackTrace", "--- End of"];

    public static string? Judge(FuzzRequest request, HttpStatusCode status, string? contentType, string body, TimeSpan? elapsed)
    {
        var code = (int)status;
        // The BFF session contract (Duende.BFF's, which the SPA and its libraries follow): an anonymous /bff/user is a bare 401.
        if (request.Operation.Path == "/bff/user" && code == 401 && body.Length == 0)
        {
            return null;
        }

        // Kestrel refuses a NUL in the path while parsing the request line, before any application code runs, and answers an
        // empty 400 that no host can change (docs/architecture.md, "Input policy").
        if (request.Url.Split('?')[0].Contains("%00", StringComparison.Ordinal) && code == 400 && body.Length == 0)
        {
            return null;
        }

        if (code >= 500)
        {
            return $"answered {code}: {Start(body)}";
        }

        if (StackTraceMarks.FirstOrDefault(mark => body.Contains(mark, StringComparison.Ordinal)) is { } mark)
        {
            return $"answered {code} with what looks like a stack trace (\"{mark.Trim()}\"): {Start(body)}";
        }

        if (elapsed > Slowest)
        {
            return $"answered {code} after {elapsed.Value.TotalMilliseconds:N0} ms";
        }

        return code is >= 400 and < 500 ? ProblemWithDetail(code, contentType, body) : null;
    }

    private static string? ProblemWithDetail(int code, string? contentType, string body)
    {
        if (contentType?.StartsWith("application/problem+json", StringComparison.Ordinal) != true)
        {
            return $"answered {code} as {contentType ?? "nothing"}, not application/problem+json: {Start(body)}";
        }

        try
        {
            using var problem = JsonDocument.Parse(body);
            return problem.RootElement.TryGetProperty("detail", out var detail) && detail.ValueKind == JsonValueKind.String
                                                                                && !string.IsNullOrWhiteSpace(detail.GetString())
                ? null
                : $"answered {code} with a problem without detail: {Start(body)}";
        }
        catch (JsonException)
        {
            return $"answered {code} with problem+json that is not JSON: {Start(body)}";
        }
    }

    private static string Start(string body) => body.Length > 400 ? body[..400] + "…" : body;
}
