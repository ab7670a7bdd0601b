namespace B2BPortal.Dashboard.Telemetry;

/// <summary>The text part of a <see cref="TraceQuery"/>: <c>key=value</c>, or a bare value; null when there is none.</summary>
internal sealed record TraceText(string? Key, string Value)
{
    public static TraceText? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = text.Trim();
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        return equals > 0 && !text[..equals].Contains(' ', StringComparison.Ordinal)
            ? new TraceText(text[..equals].Trim(), text[(equals + 1)..].Trim())
            : new TraceText(null, text);
    }
}
