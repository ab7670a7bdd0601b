using NpgsqlTypes;

namespace B2BPortal.Catalog.Features.Products;

public sealed class Product
{
    public required string Sku { get; init; }
    public required string Name { get; set; }
    public required string Description { get; set; }
    public required string CategoryCode { get; set; }
    public required string CategoryPath { get; set; }
    public required string UnitOfMeasure { get; set; }
    public int PackSize { get; set; }
    public int PalletQuantity { get; set; }
    public decimal MinimumOrderQuantity { get; set; }
    public required string Lifecycle { get; set; }
    public string? SuccessorSku { get; set; }

    /// <summary>Set when the product is a piece of equipment that has a parts list (for example <c>CP-50</c>).</summary>
    public string? EquipmentModel { get; set; }

    /// <summary>Technical attributes as a JSON object of strings (jsonb), so a filter is one containment test.</summary>
    public required string Attributes { get; set; }

    /// <summary>Media links as a JSON array of <c>{kind,title,url}</c> (jsonb).</summary>
    public required string Media { get; set; }

    public NpgsqlTsVector SearchVector { get; init; } = null!;
}

public sealed class Category
{
    public required string Code { get; init; }
    public required string Name { get; set; }
    public required string Path { get; set; }
    public string? ParentCode { get; set; }
}

/// <summary>Position <c>Position</c> of equipment model <c>EquipmentModel</c>'s parts list is <c>Quantity</c> × <c>PartSku</c>.</summary>
public sealed class ServicePart
{
    public required string EquipmentModel { get; init; }
    public required string Position { get; init; }
    public required string PartSku { get; set; }
    public decimal Quantity { get; set; }
}

/// <summary>Product <c>Sku</c> fits equipment model <c>EquipmentModel</c>.</summary>
public sealed class Compatibility
{
    public required string Sku { get; init; }
    public required string EquipmentModel { get; init; }
}
