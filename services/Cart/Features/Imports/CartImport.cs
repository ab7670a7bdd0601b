using B2BPortal.Contracts.Carts;

namespace B2BPortal.Cart.Features.Imports;

/// <summary>
/// A report on lines to add to a cart, kept until the buyer confirms it (then its lines go into the cart in one transaction)
/// or it expires. It belongs to the caller who made it: nobody else can read or confirm it.
/// </summary>
public sealed class CartImport
{
    public Guid Id { get; init; }
    public Guid AccountId { get; init; }
    public required string Owner { get; init; }
    public required string Source { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }
    public DateTimeOffset? AppliedAt { get; set; }
    public List<ImportRow> Rows { get; init; } = [];

    public CartImportDto ToDto() => new(Id, Source, AppliedAt is null ? ImportStatuses.Pending : ImportStatuses.Applied, CreatedAt, ExpiresAt,
        new ImportSummaryDto(Rows.Count, Rows.Count(r => r.Outcome == ImportOutcomes.Accepted),
            Rows.Count(r => r.Outcome != ImportOutcomes.Accepted && (r.SuggestedQuantity is not null || r.SuggestedSku is not null)),
            Rows.Count(r => r.Outcome is not ImportOutcomes.Accepted and not ImportOutcomes.DuplicateMerged && r.SuggestedQuantity is null && r.SuggestedSku is null),
            Rows.Count(r => r.Outcome == ImportOutcomes.DuplicateMerged)),
        [.. Rows.OrderBy(r => r.Row).Select(r => r.ToDto())]);
}

public sealed class ImportRow
{
    public int Row { get; init; }
    public string? Sku { get; init; }
    public decimal? Quantity { get; set; }
    public string? Note { get; init; }
    public string? Warehouse { get; init; }
    public required string Outcome { get; set; }
    public required string Message { get; set; }
    public decimal? SuggestedQuantity { get; set; }
    public string? SuggestedSku { get; set; }
    public int? MergedInto { get; set; }
    public List<string> Warnings { get; init; } = [];

    public ImportRowDto ToDto() => new(Row, Sku, Quantity, Note, Warehouse, Outcome, Message, SuggestedQuantity, SuggestedSku, MergedInto, Warnings);
}

public static class ImportSources
{
    public const string Csv = "csv";
    public const string QuickOrder = "quick-order";
    public const string Reorder = "reorder";
}
