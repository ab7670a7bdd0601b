using System.Diagnostics.Metrics;
using B2BPortal.ErpAdapter.Data;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.ErpAdapter.Features.ErpCommands;

/// <summary>
/// <c>portal.erp.commands.pending</c> and <c>portal.erp.commands.oldest_pending_age</c> (s): what waits for the ERP, refreshed every
/// few seconds; <c>portal.erp.commands.completed</c>, <c>.failed</c> and <c>.parked</c> by kind; <c>portal.erp.command.duration</c> (s):
/// from the event that asked for a command to the ERP's answer.
/// </summary>
internal static class ErpCommandMetrics
{
    private static readonly TimeSpan RefreshEvery = TimeSpan.FromSeconds(5);
    private static readonly Meter Meter = new("B2BPortal.ErpAdapter");
    private static readonly Counter<long> CompletedCount = Meter.CreateCounter<long>("portal.erp.commands.completed", description: "ERP commands the ERP answered");
    private static readonly Counter<long> FailedCount = Meter.CreateCounter<long>("portal.erp.commands.failed", description: "ERP command sends that failed and wait to be tried again");
    private static readonly Counter<long> ParkedCount = Meter.CreateCounter<long>("portal.erp.commands.parked", description: "ERP commands the ERP can never accept as sent (see the logs)");
    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>("portal.erp.command.duration", "s",
        "Time from the event that asked for an ERP command to the ERP's answer",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600] });

    private static long pending;
    private static double oldestPendingSeconds;
    private static DateTimeOffset nextRefresh = DateTimeOffset.MinValue;

    static ErpCommandMetrics()
    {
        Meter.CreateObservableGauge("portal.erp.commands.pending", () => Volatile.Read(ref pending), description: "ERP commands not yet answered");
        Meter.CreateObservableGauge("portal.erp.commands.oldest_pending_age", () => Volatile.Read(ref oldestPendingSeconds), "s",
            "Age of the oldest ERP command not yet answered");
    }

    public static void Completed(string kind, TimeSpan sinceCreated)
    {
        CompletedCount.Add(1, new KeyValuePair<string, object?>("erp.command", kind));
        Duration.Record(Math.Max(sinceCreated.TotalSeconds, 0), new KeyValuePair<string, object?>("erp.command", kind));
    }

    public static void Failed(string kind) => FailedCount.Add(1, new KeyValuePair<string, object?>("erp.command", kind));

    public static void Parked(string kind) => ParkedCount.Add(1, new KeyValuePair<string, object?>("erp.command", kind));

    public static async Task RefreshIfDueAsync(IServiceScopeFactory scopes, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (now < nextRefresh)
        {
            return;
        }

        nextRefresh = now + RefreshEvery;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ErpAdapterDbContext>();
        var waiting = await db.ErpCommands.Where(c => c.CompletedAt == null)
            .GroupBy(_ => 1).Select(g => new { Count = g.LongCount(), Oldest = g.Min(c => c.CreatedAt) })
            .SingleOrDefaultAsync(cancellationToken);
        Volatile.Write(ref pending, waiting?.Count ?? 0);
        Volatile.Write(ref oldestPendingSeconds, waiting is null ? 0 : Math.Max((now - waiting.Oldest).TotalSeconds, 0));
    }
}
