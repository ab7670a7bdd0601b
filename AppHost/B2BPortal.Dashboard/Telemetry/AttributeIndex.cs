namespace B2BPortal.Dashboard.Telemetry;

/// <summary>
/// Which traces have a span attribute with a given value (compared ignoring case), so a search by an order number reads
/// a handful of traces instead of every span. Dropped traces are skipped when read and forgotten at the next
/// compaction, which rebuilds the index from the kept traces once as many have been dropped as are kept.
/// </summary>
internal sealed class AttributeIndex
{
    private Dictionary<string, List<StoredTrace>> byValue = new(StringComparer.OrdinalIgnoreCase);
    private long droppedSinceCompaction;

    public void Add(StoredTrace trace, SpanRecord span)
    {
        foreach (var attribute in span.Attributes)
        {
            if (!byValue.TryGetValue(attribute.Value, out var traces))
            {
                traces = [];
                byValue.Add(attribute.Value, traces);
            }

            if (traces.Count == 0 || traces[^1] != trace)
            {
                traces.Add(trace);
            }
        }
    }

    public void Dropped(StoredTrace trace, ICollection<StoredTrace> kept)
    {
        trace.Evicted = true;
        if (++droppedSinceCompaction >= Math.Max(kept.Count, 1))
        {
            Rebuild(kept);
        }
    }

    /// <summary>Kept traces with an attribute of this value (and this key, when given), without duplicates.</summary>
    public IEnumerable<StoredTrace> Find(string value, string? key)
    {
        var seen = new HashSet<StoredTrace>();
        foreach (var trace in byValue.GetValueOrDefault(value) ?? [])
        {
            if (!trace.Evicted && (key is null || HasAttribute(trace, key, value)) && seen.Add(trace))
            {
                yield return trace;
            }
        }
    }

    private static bool HasAttribute(StoredTrace trace, string key, string value) =>
        trace.Spans.Any(span => span.Attributes.Any(a => a.Key == key && string.Equals(a.Value, value, StringComparison.OrdinalIgnoreCase)));

    private void Rebuild(ICollection<StoredTrace> kept)
    {
        byValue = new Dictionary<string, List<StoredTrace>>(StringComparer.OrdinalIgnoreCase);
        foreach (var trace in kept)
        {
            foreach (var span in trace.Spans)
            {
                Add(trace, span);
            }
        }

        droppedSinceCompaction = 0;
    }
}
