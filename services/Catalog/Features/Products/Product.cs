using B2BPortal.Contracts.Catalog;

namespace B2BPortal.Catalog.Features.Products;

public sealed class Product
{
    public required string Sku { get; init; }
    public required string Name { get; set; }
    public required string Description { get; set; }
    public required string UnitOfMeasure { get; set; }

    public ProductDto ToDto() => new(Sku, Name, Description, UnitOfMeasure);
}
