namespace B2BPortal.Dashboard.Telemetry;

/// <summary>
/// Metric time series per resource, instrument and attribute set: each keeps its last <c>MaxPointsPerSeries</c> points,
/// and at most <c>MaxSeries</c> series are kept (a new series beyond that is counted and dropped).
/// </summary>
public sealed class MetricStore(TelemetryLimits limits)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, MetricSeries> series = new(StringComparer.Ordinal);

    public long DroppedSeries { get; private set; }

    public void Add(IEnumerable<(MetricIdentity Identity, MetricPoint Point)> points)
    {
        lock (gate)
        {
            foreach (var (identity, point) in points)
            {
                if (!series.TryGetValue(identity.Key, out var known))
                {
                    if (series.Count >= limits.MaxSeries)
                    {
                        DroppedSeries++;
                        continue;
                    }

                    known = new MetricSeries(identity);
                    series.Add(identity.Key, known);
                }

                known.Add(point, limits.MaxPointsPerSeries);
            }
        }
    }

    /// <summary>The instruments a resource reported, by name.</summary>
    public IReadOnlyList<InstrumentSummary> Instruments(string resource)
    {
        lock (gate)
        {
            return [.. series.Values.Where(s => s.Identity.Resource == resource)
                .GroupBy(s => s.Identity.Name, StringComparer.Ordinal)
                .Select(g => new InstrumentSummary(g.Key, g.First().Identity.Unit, g.First().Identity.Description, g.First().Identity.Type, g.Count()))
                .OrderBy(i => i.Name, StringComparer.Ordinal)];
        }
    }

    /// <summary>Every series of one instrument of one resource, with copies of their points (oldest first).</summary>
    public IReadOnlyList<SeriesSnapshot> Series(string resource, string name)
    {
        lock (gate)
        {
            return [.. series.Values.Where(s => s.Identity.Resource == resource && s.Identity.Name == name)
                .Select(s => new SeriesSnapshot(s.Identity, [.. s.Points]))];
        }
    }

    /// <summary>Every series of an instrument, whichever resource reported it, with its newest point.</summary>
    public IReadOnlyList<(MetricIdentity Identity, MetricPoint Latest)> Latest(string name)
    {
        lock (gate)
        {
            return [.. series.Values.Where(s => s.Identity.Name == name && s.Points.Count > 0).Select(s => (s.Identity, s.Points.Last()))];
        }
    }

    private sealed class MetricSeries(MetricIdentity identity)
    {
        public MetricIdentity Identity { get; } = identity;

        public Queue<MetricPoint> Points { get; } = new();

        public void Add(MetricPoint point, int capacity)
        {
            Points.Enqueue(point);
            while (Points.Count > capacity)
            {
                Points.Dequeue();
            }
        }
    }
}

/// <param name="Type">gauge, sum or histogram.</param>
/// <param name="Monotonic">A sum that only grows (a counter, shown as a rate), not one that goes up and down (shown as a value).</param>
public sealed record MetricIdentity(
    string Resource, string Name, string Unit, string Description, string Type, bool Cumulative, IReadOnlyList<KeyValuePair<string, string>> Attributes,
    bool Monotonic = false)
{
    public string Key { get; } = $"{Resource}\n{Name}\n{string.Join('\n', Attributes.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key}={a.Value}"))}";
}

/// <summary>A number (gauge or sum), or a histogram's count, sum and bucket counts (each bucket up to its bound, the last unbounded).</summary>
public sealed record MetricPoint(DateTimeOffset Time, double Value, ulong Count = 0, double Sum = 0, double[]? Bounds = null, ulong[]? BucketCounts = null);

public sealed record InstrumentSummary(string Name, string Unit, string Description, string Type, int SeriesCount);

public sealed record SeriesSnapshot(MetricIdentity Identity, IReadOnlyList<MetricPoint> Points);
