namespace B2BPortal.Dashboard.Telemetry;

/// <summary>The text part of a <see cref="TraceQuery"/>: <c>key=value</c>, or a bare value.</summary>
internal sealed class TraceMatcher
{
    private static readonly TraceMatcher Everything = new(null, null);
    private readonly string? key;
    private readonly string? value;

    private TraceMatcher(string? key, string? value)
    {
        this.key = key;
        this.value = value;
    }

    public static TraceMatcher For(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Everything;
        }

        text = text.Trim();
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        return equals > 0 && !text[..equals].Contains(' ', StringComparison.Ordinal)
            ? new TraceMatcher(text[..equals].Trim(), text[(equals + 1)..].Trim())
            : new TraceMatcher(null, text);
    }

    public bool Matches(StoredTrace trace)
    {
        if (value is null)
        {
            return true;
        }

        if (key is null && string.Equals(trace.TraceId, value, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var span in trace.Spans)
        {
            if (key is null && span.Name.Contains(value, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            foreach (var attribute in span.Attributes)
            {
                if (string.Equals(attribute.Value, value, StringComparison.OrdinalIgnoreCase)
                    && (key is null || string.Equals(attribute.Key, key, StringComparison.Ordinal)))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
