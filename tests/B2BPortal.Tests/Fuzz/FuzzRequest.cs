using System.Text;

namespace B2BPortal.Tests.Fuzz;

/// <summary>One generated request: who sends it, to which route, with which headers and body. Printed whole when it fails.</summary>
internal sealed record FuzzRequest(
    ApiOperation Operation, int Caller, string Method, string Url, IReadOnlyList<(string Name, string Value)> Headers, string? ContentType, byte[]? Body)
{
    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(new HttpMethod(Method), Url);
        foreach (var (name, value) in Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        if (Body is not null)
        {
            // A server may answer a body past every limit before reading it (413, 404) and close the connection; with 100-continue
            // the client hears that answer instead of failing to write the rest, as careful HTTP clients do. (Smaller bodies
            // fit in the socket's buffers; and a proxy waits up to a second for a 100 the service never sends when it refuses
            // a request on its headers, which would be measured as the service's time.)
            message.Headers.ExpectContinue = Body.Length > 4 * 1024 * 1024;
            message.Content = new ByteArrayContent(Body);
            message.Content.Headers.Remove("Content-Type");
            if (ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }
        }

        return message;
    }

    /// <summary>Who sent it and where, on one line.</summary>
    public string Line => $"caller {Caller}: {Method} {Shorten(Url, 160)}";

    public override string ToString()
    {
        var text = new StringBuilder($"caller {Caller}: {Method} {Shorten(Url, 300)}");
        foreach (var (name, value) in Headers)
        {
            text.Append($"\n  {name}: {Shorten(value, 120)}");
        }

        if (Body is not null)
        {
            text.Append($"\n  Content-Type: {ContentType ?? "(none)"}\n  body ({Body.Length:N0} bytes): {Shorten(Encoding.UTF8.GetString(Body), 600)}");
        }

        return text.ToString();
    }

    private static string Shorten(string text, int most)
    {
        var escaped = string.Concat(text.Take(most).Select(c => c < ' ' || c is >= '\u007f' and <= '\u009f' || char.IsSurrogate(c) || c is >= '\u2066' and <= '\u2069' or >= '\u202a' and <= '\u202e'
            ? $"\\u{(int)c:x4}" : c.ToString()));
        return text.Length > most ? $"{escaped}… ({text.Length:N0} characters)" : escaped;
    }
}
