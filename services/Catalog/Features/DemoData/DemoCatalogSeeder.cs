using System.Text.Json;
using B2BPortal.BuildingBlocks.Data;
using B2BPortal.BuildingBlocks.DemoData;
using B2BPortal.Catalog.Data;
using B2BPortal.Contracts.Catalog;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace B2BPortal.Catalog.Features.DemoData;

/// <summary>
/// Loads the deterministic demo catalog (<c>DemoData:CatalogSize</c> products, 5,000 by default) with its categories,
/// parts lists, compatibility and opening stock, by binary COPY in one transaction. It runs when the catalog holds a
/// different number of products than configured (first run, or a switch to or from the 200,000-product benchmark catalog).
/// </summary>
public sealed partial class DemoCatalogSeeder(IConfiguration configuration, TimeProvider clock, ILogger<DemoCatalogSeeder> logger)
    : IDbSeeder<CatalogDbContext>
{
    public async Task SeedAsync(CatalogDbContext db, CancellationToken cancellationToken)
    {
        var size = DemoCatalog.Size(configuration["DemoData:CatalogSize"]);
        if (await db.Products.CountAsync(cancellationToken) == size)
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.ExecuteSqlRawAsync(
            "TRUNCATE catalog.products, catalog.service_parts, catalog.compatibilities, catalog.stock_levels, catalog.categories, catalog.warehouses",
            cancellationToken);
        await CopyReferenceDataAsync(connection, cancellationToken);
        await CopyProductsAsync(connection, DemoCatalog.Products(size), clock.GetUtcNow(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        // Statistics for the planner now, rather than from autovacuum while the first requests come in.
        await db.Database.ExecuteSqlRawAsync("VACUUM (ANALYZE) catalog.products, catalog.service_parts, catalog.compatibilities, catalog.stock_levels", cancellationToken);
        LogSeeded(logger, size);
    }

    private static async Task CopyReferenceDataAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using (var categories = await connection.BeginBinaryImportAsync(
            "COPY catalog.categories (code, name, path, parent_code) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var category in DemoCatalog.Categories)
            {
                await categories.WriteRowAsync(cancellationToken, category.Code, category.Name, category.Path, (object?)category.ParentCode ?? DBNull.Value);
            }

            await categories.CompleteAsync(cancellationToken);
        }

        await using var warehouses = await connection.BeginBinaryImportAsync("COPY catalog.warehouses (code, name) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var warehouse in DemoCatalog.Warehouses)
        {
            await warehouses.WriteRowAsync(cancellationToken, warehouse.Code, warehouse.Name);
        }

        await warehouses.CompleteAsync(cancellationToken);
    }

    private static async Task CopyProductsAsync(NpgsqlConnection connection, IEnumerable<DemoProduct> products, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var productRows = await connection.BeginBinaryImportAsync(
            "COPY catalog.products (sku, name, description, category_code, category_path, unit_of_measure, pack_size, pallet_quantity, " +
            "minimum_order_quantity, lifecycle, successor_sku, equipment_model, attributes, media) FROM STDIN (FORMAT BINARY)", cancellationToken);
        var parts = new List<(string Model, DemoServicePart Part)>();
        var fits = new List<(string Sku, string Model)>();
        var stock = new List<(string Sku, string Warehouse, int Quantity)>();
        foreach (var product in products)
        {
            await productRows.StartRowAsync(cancellationToken);
            await productRows.WriteAsync(product.Sku, cancellationToken);
            await productRows.WriteAsync(product.Name, cancellationToken);
            await productRows.WriteAsync(product.Description, cancellationToken);
            await productRows.WriteAsync(product.Category.Code, cancellationToken);
            await productRows.WriteAsync(product.Category.Path, cancellationToken);
            await productRows.WriteAsync(product.UnitOfMeasure, cancellationToken);
            await productRows.WriteAsync(product.PackSize, cancellationToken);
            await productRows.WriteAsync(product.PalletQuantity, cancellationToken);
            await productRows.WriteAsync(product.MinimumOrderQuantity, cancellationToken);
            await productRows.WriteAsync(product.Discontinued ? ProductLifecycles.Discontinued : ProductLifecycles.Active, cancellationToken);
            await WriteNullableAsync(productRows, product.SuccessorSku, cancellationToken);
            await WriteNullableAsync(productRows, product.EquipmentModel, cancellationToken);
            await productRows.WriteAsync(JsonSerializer.Serialize(product.Attributes), NpgsqlDbType.Jsonb, cancellationToken);
            await productRows.WriteAsync(JsonSerializer.Serialize(DemoMedia.For(product), JsonSerializerOptions.Web), NpgsqlDbType.Jsonb, cancellationToken);

            parts.AddRange(product.ServiceParts.Select(part => (product.EquipmentModel!, part)));
            fits.AddRange(product.FitsModels.Select(model => (product.Sku, model)));
            stock.AddRange(product.StockPerWarehouse.Select((quantity, index) => (product.Sku, DemoCatalog.Warehouses[index].Code, quantity)));
        }

        await productRows.CompleteAsync(cancellationToken);
        await productRows.DisposeAsync();
        await CopyRowsAsync(connection, "COPY catalog.service_parts (equipment_model, position, part_sku, quantity) FROM STDIN (FORMAT BINARY)",
            parts, p => [p.Model, p.Part.Position, p.Part.Sku, p.Part.Quantity], cancellationToken);
        await CopyRowsAsync(connection, "COPY catalog.compatibilities (sku, equipment_model) FROM STDIN (FORMAT BINARY)",
            fits, f => [f.Sku, f.Model], cancellationToken);
        await CopyRowsAsync(connection, "COPY catalog.stock_levels (sku, warehouse, quantity, confirmed_at) FROM STDIN (FORMAT BINARY)",
            stock, s => [s.Sku, s.Warehouse, (decimal)s.Quantity, now], cancellationToken);
    }

    private static async Task CopyRowsAsync<T>(
        NpgsqlConnection connection, string copy, IEnumerable<T> rows, Func<T, object[]> values, CancellationToken cancellationToken)
    {
        await using var importer = await connection.BeginBinaryImportAsync(copy, cancellationToken);
        foreach (var row in rows)
        {
            await importer.WriteRowAsync(cancellationToken, values(row));
        }

        await importer.CompleteAsync(cancellationToken);
    }

    private static Task WriteNullableAsync(NpgsqlBinaryImporter importer, string? value, CancellationToken cancellationToken) =>
        value is null ? importer.WriteNullAsync(cancellationToken) : importer.WriteAsync(value, cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo catalog of {Size} products loaded")]
    private static partial void LogSeeded(ILogger logger, int size);
}
