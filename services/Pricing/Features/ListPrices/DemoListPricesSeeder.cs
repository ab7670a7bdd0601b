using B2BPortal.BuildingBlocks.Data;
using B2BPortal.BuildingBlocks.DemoData;
using B2BPortal.Pricing.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace B2BPortal.Pricing.Features.ListPrices;

/// <summary>
/// List prices (EUR) of the deterministic demo catalog, loaded by binary COPY when the pricing schema holds a different
/// number of them than <c>DemoData:CatalogSize</c> says (first run, or a switch of catalog size).
/// </summary>
public sealed class DemoListPricesSeeder(IConfiguration configuration) : IDbSeeder<PricingDbContext>
{
    public async Task SeedAsync(PricingDbContext db, CancellationToken cancellationToken)
    {
        var size = DemoCatalog.Size(configuration["DemoData:CatalogSize"]);
        if (await db.ListPrices.CountAsync(cancellationToken) == size)
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("TRUNCATE pricing.list_prices", cancellationToken);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using (var rows = await connection.BeginBinaryImportAsync(
            "COPY pricing.list_prices (sku, currency, amount, changed_at) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            var epoch = DateTimeOffset.UnixEpoch;
            foreach (var product in DemoCatalog.Products(size))
            {
                await rows.WriteRowAsync(cancellationToken, product.Sku, "EUR", product.ListPrice, epoch);
            }

            await rows.CompleteAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);

        // Statistics for the planner now, rather than from autovacuum while the first requests come in.
        await db.Database.ExecuteSqlRawAsync("VACUUM (ANALYZE) pricing.list_prices", cancellationToken);
    }
}
