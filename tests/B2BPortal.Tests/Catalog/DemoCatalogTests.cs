using B2BPortal.BuildingBlocks.DemoData;

namespace B2BPortal.Tests.Catalog;

/// <summary>The demo catalog is the same on every run and its parts lists, successors and compatibility point at products that exist.</summary>
public sealed class DemoCatalogTests
{
    [Fact]
    public void Two_runs_make_the_same_catalog()
    {
        var first = DemoCatalog.Products(600).Select(Fingerprint).ToList();
        var second = DemoCatalog.Products(600).Select(Fingerprint).ToList();

        Assert.Equal(first, second);
        Assert.Equal(600, first.Distinct().Count());
    }

    [Fact]
    public void Parts_successors_and_fits_refer_to_products_of_the_catalog()
    {
        var products = DemoCatalog.Products(2_000).ToList();
        var skus = products.Select(p => p.Sku).ToHashSet();
        var models = products.Where(p => p.EquipmentModel is not null).Select(p => p.EquipmentModel!).ToHashSet();

        Assert.Equal(2_000, skus.Count);
        Assert.All(products.SelectMany(p => p.ServiceParts), part => Assert.Contains(part.Sku, skus));
        Assert.All(products.Where(p => p.SuccessorSku is not null), p => Assert.Contains(p.SuccessorSku!, skus));
        Assert.All(products.SelectMany(p => p.FitsModels), model => Assert.Contains(model, models));
        Assert.Contains(products, p => p.Discontinued && p.SuccessorSku is not null);
        Assert.Contains(products, p => p.ServiceParts.Count >= 5);
        Assert.Equal(["PMP-1001", "VLV-2001", "BRG-3001", "SEA-4001", "CUS-7001"], products.Take(5).Select(p => p.Sku));
    }

    private static string Fingerprint(DemoProduct p) =>
        $"{p.Sku}|{p.Name}|{p.Category.Path}|{p.ListPrice}|{string.Join(',', p.StockPerWarehouse)}|{string.Join(',', p.ServiceParts.Select(s => s.Sku))}";
}
