using System.Globalization;

namespace B2BPortal.BuildingBlocks.DemoData;

/// <summary>
/// The deterministic demo catalog that Catalog (products, parts lists, stock), Pricing (list prices) and ErpSimulator
/// (the stock feed) each seed from, so the three agree without calling each other. Product <c>i</c> is the same on every
/// machine and every run. The first products are the hand-written ones the README and the demo contracts name; the rest
/// come in blocks of <see cref="BlockSize"/>: two pumps, a motor and a valve with the parts that fit them.
/// </summary>
public static class DemoCatalog
{
    public const int DefaultSize = 5_000;
    public const int BlockSize = 20;

    public static readonly IReadOnlyList<DemoWarehouse> Warehouses =
    [
        new("HAM", "Hamburg"), new("LYS", "Lyon"), new("POZ", "Poznań"),
    ];

    public static readonly IReadOnlyList<DemoCategory> Categories = DemoCategories.All;

    /// <summary>The first <paramref name="count"/> products (at least the hand-written ones).</summary>
    public static IEnumerable<DemoProduct> Products(int count)
    {
        foreach (var product in DemoFlagshipProducts.All.Take(count))
        {
            yield return product;
        }

        var generated = Math.Max(0, count - DemoFlagshipProducts.All.Count);
        for (var index = 0; index < generated; index++)
        {
            yield return DemoProductFactory.Create(index, generated);
        }
    }

    /// <summary>Catalog size from <c>DemoData:CatalogSize</c> (5,000 when not set; 200,000 for benchmarks).</summary>
    public static int Size(string? configured) =>
        int.TryParse(configured, NumberStyles.Integer, CultureInfo.InvariantCulture, out var size) && size > 0 ? size : DefaultSize;
}

public sealed record DemoWarehouse(string Code, string Name);

public sealed record DemoCategory(string Code, string Name, string Path, string? ParentCode);

public sealed record DemoServicePart(string Position, string Sku, decimal Quantity);

public sealed record DemoProduct(
    string Sku, string Name, string Description, DemoCategory Category, string UnitOfMeasure, int PackSize, int PalletQuantity,
    decimal MinimumOrderQuantity, bool Discontinued, string? SuccessorSku, string? EquipmentModel,
    IReadOnlyDictionary<string, string> Attributes, decimal ListPrice, IReadOnlyList<DemoServicePart> ServiceParts,
    IReadOnlyList<string> FitsModels, IReadOnlyList<int> StockPerWarehouse);
