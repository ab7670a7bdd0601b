using B2BPortal.Cart.Features.Carts;
using B2BPortal.Contracts.Carts;

namespace B2BPortal.Cart.Features.Imports;

internal static class ImportConfirmation
{
    /// <summary>The accepted rows, and the rows the buyer chose to take with the portal's suggestion (a rounded quantity, a replacement).</summary>
    public static IReadOnlyList<LineChange> LinesToAdd(CartImport import, IReadOnlySet<int> useSuggestionFor) =>
    [
        .. import.Rows.Where(r => r.Outcome == ImportOutcomes.Accepted)
            .Select(r => new LineChange(r.Sku!, r.Quantity!.Value, r.Note, r.Warehouse)),
        .. import.Rows.Where(r => useSuggestionFor.Contains(r.Row) && r.Outcome != ImportOutcomes.Accepted
                && (r.SuggestedQuantity is not null || r.SuggestedSku is not null))
            .Select(r => new LineChange(r.SuggestedSku ?? r.Sku!, r.SuggestedQuantity ?? r.Quantity!.Value, r.Note, r.Warehouse)),
    ];
}
