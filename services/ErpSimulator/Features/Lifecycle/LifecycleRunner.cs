using B2BPortal.ErpSimulator.Data;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.ErpSimulator.Features.Lifecycle;

/// <summary>Plays the scripted scenarios: every quarter second, takes the next step of each sales order whose step is due.</summary>
public sealed partial class LifecycleRunner(IServiceScopeFactory scopes, LifecycleSettings settings, TimeProvider clock, ILogger<LifecycleRunner> logger)
    : BackgroundService
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(250);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunDueStepsAsync(stoppingToken);
                await Task.Delay(Tick, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogFailed(logger, exception);
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ContinueWith(_ => { }, CancellationToken.None);
            }
        }
    }

    private async Task RunDueStepsAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ErpDbContext>();
        var steps = scope.ServiceProvider.GetRequiredService<SalesOrderSteps>();
        var due = await db.SalesOrders.AsNoTracking().Where(o => o.NextStepAt <= clock.GetUtcNow()).OrderBy(o => o.NextStepAt).Take(50)
            .ToListAsync(cancellationToken);
        foreach (var order in due)
        {
            var position = order.ScriptStep;
            var (done, step) = LifecycleScripts.At(order, position);
            string? refusal = null;
            if (step is not null)
            {
                (_, refusal) = await steps.TakeAsync(order.Number, step, idempotencyKey: null, cancellationToken);
                db.ChangeTracker.Clear();
            }

            if (refusal is not null)
            {
                LogScriptEnded(logger, order.Number, order.Scenario, refusal);
            }

            var next = done || refusal is not null ? (DateTimeOffset?)null : clock.GetUtcNow() + TimeSpan.FromSeconds(settings.Current.StepSeconds);
            await db.SalesOrders.Where(o => o.Number == order.Number)
                .ExecuteUpdateAsync(o => o.SetProperty(x => x.ScriptStep, position + 1).SetProperty(x => x.NextStepAt, next), cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sales order {Number}: scenario {Scenario} ends here, the ERP refused its next step: {Refusal}")]
    private static partial void LogScriptEnded(ILogger logger, string number, string scenario, string refusal);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Playing the ERP's scripted scenarios failed; trying again")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
