using B2BPortal.BuildingBlocks.Http;
using B2BPortal.Contracts.Carts;
using B2BPortal.Contracts.Orders;

namespace B2BPortal.Cart.Features.Imports;

/// <summary>
/// Fills in the report of an import with the Order service's checks, asked as for a draft order with the caller's token: the
/// rules of what may be ordered have one home, and an import applies them exactly as checkout will. A row is accepted unless a
/// business check refuses its product or quantity; other findings (stock, price, pallets) are warnings on the row.
/// </summary>
internal sealed class ImportClassifier(IOrderServiceApi orders)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    /// <summary>The business findings that keep a row out of the cart, most telling first, with the outcome each one gives.</summary>
    private static readonly (string Code, string Outcome)[] Refusals =
    [
        (FindingCodes.UnknownSku, ImportOutcomes.UnknownSku),
        (FindingCodes.NotInAssortment, ImportOutcomes.NotInAssortment),
        (FindingCodes.Discontinued, ImportOutcomes.Discontinued),
        (FindingCodes.BelowMinimumQuantity, ImportOutcomes.BelowMinimumQuantity),
        (FindingCodes.PackSizeMultiple, ImportOutcomes.PackSizeMultiple),
    ];

    public async Task ClassifyAsync(Guid accountId, List<ImportRow> rows, string accessToken, CancellationToken cancellationToken)
    {
        foreach (var row in rows.Where(r => r.Outcome == ImportOutcomes.Accepted && LineRules.QuantityProblem(r.Quantity!.Value) is not null))
        {
            row.Outcome = ImportOutcomes.Unparseable;
            row.Message = $"Row {row.Row}: the rows of {row.Sku} add up to {LineRules.Format(row.Quantity!.Value)}, more than one line can hold " +
                          $"({LineRules.MaxQuantity:#,0}).";
        }

        var lines = rows.Where(r => r.Outcome == ImportOutcomes.Accepted).ToList();
        if (lines.Count == 0)
        {
            return;
        }

        var request = new PlaceOrderRequest([.. lines.Select(r => new OrderLineRequest(r.Sku!, r.Quantity!.Value, r.Note, r.Warehouse))]);
        var preview = await Downstream.CallAsync("Order", Timeout, t => orders.PreviewAsync(accountId, request, draft: true, accessToken, t), cancellationToken);
        var byLine = preview.Findings.Where(f => f.Line is not null).ToLookup(f => f.Line!.Value);
        for (var index = 0; index < lines.Count; index++)
        {
            Apply(lines[index], [.. byLine[index + 1]]);
        }
    }

    private static void Apply(ImportRow row, IReadOnlyList<OrderFindingDto> findings)
    {
        var refusal = Refusals.Select(r => (r.Outcome, Finding: findings.FirstOrDefault(f => f.Code == r.Code))).FirstOrDefault(r => r.Finding is not null);
        if (refusal.Finding is { } finding)
        {
            row.Outcome = refusal.Outcome;
            row.Message = WithoutLinePrefix(finding.Message, row.Row);
            row.SuggestedQuantity = findings.Where(f => Refusals.Any(r => r.Code == f.Code)).Max(f => f.SuggestedQuantity);
            row.SuggestedSku = finding.SuggestedSku;
        }
        else
        {
            row.Message = $"Row {row.Row}: {row.Sku} × {LineRules.Format(row.Quantity!.Value)} will be added.";
        }

        row.Warnings.AddRange(findings.Where(f => !Refusals.Any(r => r.Code == f.Code)).Select(f => WithoutLinePrefix(f.Message, row.Row)));
    }

    /// <summary>The Order service numbers the lines it was sent; the buyer knows them by the row of the file.</summary>
    private static string WithoutLinePrefix(string message, int row)
    {
        var colon = message.IndexOf(": ", StringComparison.Ordinal);
        if (!message.StartsWith("Line ", StringComparison.Ordinal) || colon < 0)
        {
            return message;
        }

        var head = message[..colon];
        var afterNumber = head.IndexOf(' ', "Line ".Length);
        return $"Row {row}{(afterNumber < 0 ? "" : head[afterNumber..])}: {message[(colon + 2)..]}";
    }
}
