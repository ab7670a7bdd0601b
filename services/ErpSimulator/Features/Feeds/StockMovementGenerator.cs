using B2BPortal.BuildingBlocks.DemoData;
using B2BPortal.ErpSimulator.Data;

namespace B2BPortal.ErpSimulator.Features.Feeds;

/// <summary>
/// Plays the warehouses: every <c>Erp:StockFeed:IntervalSeconds</c> (30 by default, 0 turns it off) it books new counts for
/// <c>Erp:StockFeed:ItemsPerRound</c> random items of the demo catalog, as goods move in and out.
/// </summary>
public sealed partial class StockMovementGenerator(
    IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<StockMovementGenerator> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = configuration.GetValue("Erp:StockFeed:IntervalSeconds", 30);
        if (interval <= 0)
        {
            return;
        }

        var items = DemoCatalog.Products(DemoCatalog.Size(configuration["DemoData:CatalogSize"])).Select(p => p.Sku).ToArray();
        var perRound = configuration.GetValue("Erp:StockFeed:ItemsPerRound", 20);
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(interval), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<ErpDbContext>();
                var now = clock.GetUtcNow();
                var movements = Enumerable.Range(0, perRound).Select(_ => new StockMovement
                {
                    ItemNumber = items[Random.Shared.Next(items.Length)],
                    Warehouse = DemoCatalog.Warehouses[Random.Shared.Next(DemoCatalog.Warehouses.Count)].Code,
                    Quantity = Random.Shared.Next(6) == 0 ? 0 : Random.Shared.Next(1, 500),
                    ConfirmedAt = now,
                });
                await FeedWriter.AppendAsync(db, movements, stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(logger, exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not book simulated stock movements; trying again next round")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
