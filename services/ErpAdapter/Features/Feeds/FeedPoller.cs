using System.Diagnostics;
using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.Contracts.Events;
using B2BPortal.ErpAdapter.Data;
using OpenTelemetry;

namespace B2BPortal.ErpAdapter.Features.Feeds;

/// <summary>
/// Reads one ERP change feed every <c>Erp:FeedPollSeconds</c> (2 by default; a feed may set its own default, and
/// <c>Erp:Feeds:{feed}:PollSeconds</c> overrides both) and turns a page of entries into integration
/// events. The events go into the outbox in the same transaction that moves the cursor, so after a crash or an ERP outage
/// the feed resumes where it was: nothing skipped, nothing published twice. A read that finds nothing new is not traced
/// (it happens every few seconds and would bury the traces that matter); a page of changes is.
/// </summary>
public abstract partial class FeedPoller<TEntry>(IServiceScopeFactory scopes, IConfiguration configuration, ILogger logger) : BackgroundService
{
    protected const int PageSize = 500;

    private static readonly ActivitySource Tracing = new("B2BPortal.ErpAdapter.Feeds");

    protected abstract string Feed { get; }

    /// <summary>How often this feed is read when nothing overrides it; the sales-order feed is read more often than reference data.</summary>
    protected virtual double DefaultPollSeconds => configuration.GetValue("Erp:FeedPollSeconds", 2.0);

    protected abstract Task<IReadOnlyList<TEntry>> ReadAsync(IServiceProvider services, long after, CancellationToken cancellationToken);

    protected abstract long SequenceOf(TEntry entry);

    protected abstract IEnumerable<IntegrationEvent> ToEvents(IReadOnlyList<TEntry> entries);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(configuration.GetValue($"Erp:Feeds:{Feed}:PollSeconds", DefaultPollSeconds));
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var read = await PollOnceAsync(stoppingToken);
                failures = 0;
                if (read < PageSize)
                {
                    await Task.Delay(interval, stoppingToken);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                failures++;
                LogFailed(logger, exception, Feed, failures);
                await Task.Delay(interval * Math.Min(failures, 15), stoppingToken);
            }
        }
    }

    private async Task<int> PollOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ErpAdapterDbContext>();
        var cursor = await db.FeedCursors.FindAsync([Feed], cancellationToken);
        if (cursor is null)
        {
            cursor = new FeedCursor { Feed = Feed, Position = 0 };
            db.FeedCursors.Add(cursor);
        }

        IReadOnlyList<TEntry> entries;
        using (SuppressInstrumentationScope.Begin())
        {
            entries = await ReadAsync(scope.ServiceProvider, cursor.Position, cancellationToken);
        }

        if (entries.Count == 0)
        {
            return 0;
        }

        // The events carry this activity's trace context through the outbox, so their consumers continue its trace.
        using var activity = Tracing.StartActivity($"erp feed {Feed}", ActivityKind.Consumer);
        activity?.SetTag("erp.feed", Feed).SetTag("erp.feed.entries", entries.Count);
        var outbox = scope.ServiceProvider.GetRequiredService<IIntegrationEventOutbox>();
        foreach (var integrationEvent in ToEvents(entries))
        {
            outbox.Add(integrationEvent);
        }

        cursor.Position = entries.Max(SequenceOf);
        await db.SaveChangesAsync(cancellationToken);
        return entries.Count;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading the ERP's {Feed} feed failed ({Failures} in a row); trying again")]
    private static partial void LogFailed(ILogger logger, Exception exception, string feed, int failures);
}
