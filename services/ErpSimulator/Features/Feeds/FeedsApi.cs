using B2BPortal.BuildingBlocks.DemoData;
using B2BPortal.Contracts.Erp;
using B2BPortal.ErpSimulator.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.ErpSimulator.Features.Feeds;

internal static class FeedsApi
{
    private const int MaxTake = 1000;

    public static IEndpointRouteBuilder MapFeedsApi(this IEndpointRouteBuilder erp)
    {
        erp.MapGet("/erp/stock-movements", GetStockMovementsAsync).WithTags("ERP feeds");
        erp.MapGet("/erp/price-changes", GetPriceChangesAsync).WithTags("ERP feeds");
        erp.MapPost("/erp/admin/stock", SetStockAsync).WithTags("ERP admin");
        erp.MapPost("/erp/admin/list-prices", SetListPriceAsync).WithTags("ERP admin");
        erp.MapGet("/erp/contract-price-changes", GetContractPriceChangesAsync).WithTags("ERP feeds");
        erp.MapPost("/erp/admin/contract-prices", SetContractPriceAsync).WithTags("ERP admin");
        return erp;
    }

    private static async Task<Ok<List<ErpStockMovementDto>>> GetStockMovementsAsync(long after, int? take, ErpDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.StockMovements.AsNoTracking().Where(m => m.Sequence > after).OrderBy(m => m.Sequence)
            .Take(Math.Clamp(take ?? 500, 1, MaxTake))
            .Select(m => new ErpStockMovementDto(m.Sequence, m.ItemNumber, m.Warehouse, m.Quantity, m.ConfirmedAt))
            .ToListAsync(cancellationToken));

    private static async Task<Ok<List<ErpPriceChangeDto>>> GetPriceChangesAsync(long after, int? take, ErpDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.PriceChanges.AsNoTracking().Where(c => c.Sequence > after).OrderBy(c => c.Sequence)
            .Take(Math.Clamp(take ?? 500, 1, MaxTake))
            .Select(c => new ErpPriceChangeDto(c.Sequence, c.ItemNumber, c.Currency, c.Amount, c.ChangedAt))
            .ToListAsync(cancellationToken));

    private static async Task<Results<NoContent, ValidationProblem>> SetStockAsync(
        ErpStockSetting setting, ErpDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(setting.ItemNumber) || setting.Quantity < 0 || DemoCatalog.Warehouses.All(w => w.Code != setting.Warehouse))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["stock"] = [$"Give an item number, a quantity of 0 or more and a warehouse ({string.Join(", ", DemoCatalog.Warehouses.Select(w => w.Code))})."],
            });
        }

        await FeedWriter.AppendAsync(db,
            [new StockMovement { ItemNumber = setting.ItemNumber, Warehouse = setting.Warehouse, Quantity = setting.Quantity, ConfirmedAt = clock.GetUtcNow() }],
            cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, ValidationProblem>> SetListPriceAsync(
        ErpListPriceSetting setting, ErpDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(setting.ItemNumber) || setting.Amount <= 0 || setting.Currency is not { Length: 3 })
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["price"] = ["Give an item number, a price above 0 and a three-letter currency code."],
            });
        }

        await FeedWriter.AppendAsync(db,
            [new PriceChange { ItemNumber = setting.ItemNumber, Currency = setting.Currency, Amount = setting.Amount, ChangedAt = clock.GetUtcNow() }],
            cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<List<ErpContractPriceChangeDto>>> GetContractPriceChangesAsync(
        long after, int? take, ErpDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok((await db.ContractPriceChanges.AsNoTracking().Where(c => c.Sequence > after).OrderBy(c => c.Sequence)
                .Take(Math.Clamp(take ?? 500, 1, MaxTake)).ToListAsync(cancellationToken))
            .Select(c => new ErpContractPriceChangeDto(c.Sequence, c.ContractId, c.CustomerAccountId, c.ItemNumber, c.UnitPrice,
                [.. c.Breaks.Select(b => new ErpPriceBreak(b.MinQuantity, b.UnitPrice))], c.ChangedAt))
            .ToList());

    private static async Task<Results<NoContent, ValidationProblem>> SetContractPriceAsync(
        ErpContractPriceSetting setting, ErpDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var breaks = setting.Breaks ?? [];
        if (setting.ContractId == Guid.Empty || setting.CustomerAccountId == Guid.Empty || string.IsNullOrWhiteSpace(setting.ItemNumber)
            || setting.UnitPrice <= 0 || breaks.Any(b => b.MinQuantity <= 1 || b.UnitPrice <= 0)
            || breaks.Select(b => b.MinQuantity).Distinct().Count() != breaks.Count)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["price"] = ["Give a contract, its customer, an item number, a unit price above 0, and breaks above 1 unit, each quantity once."],
            });
        }

        await FeedWriter.AppendAsync(db,
        [
            new ContractPriceChange
            {
                ContractId = setting.ContractId, CustomerAccountId = setting.CustomerAccountId, ItemNumber = setting.ItemNumber,
                UnitPrice = setting.UnitPrice, ChangedAt = clock.GetUtcNow(),
                Breaks = [.. breaks.OrderBy(b => b.MinQuantity).Select(b => new PriceBreak { MinQuantity = b.MinQuantity, UnitPrice = b.UnitPrice })],
            },
        ], cancellationToken);
        return TypedResults.NoContent();
    }
}
