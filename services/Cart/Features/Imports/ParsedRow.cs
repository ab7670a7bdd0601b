using B2BPortal.Contracts.Carts;
using B2BPortal.Contracts.Orders;
using B2BPortal.Contracts.Text;

namespace B2BPortal.Cart.Features.Imports;

/// <summary>A row as read from the source: either a line, or why it could not be read.</summary>
internal sealed record ParsedRow(int Row, string? Sku, decimal? Quantity, string? Note, string? Warehouse, string? Unreadable)
{
    public static ParsedRow Line(int row, string sku, decimal quantity, string? note, string? warehouse)
    {
        var problem = LineRules.SkuProblem(sku) ?? LineRules.QuantityProblem(quantity) ?? LineRules.NoteProblem(note) ?? LineRules.WarehouseProblem(warehouse);
        return problem is null
            ? new ParsedRow(row, sku.ToUpperInvariant(), quantity, note, warehouse?.ToUpperInvariant(), null)
            : new ParsedRow(row, TextRules.Visible(sku), quantity, null, null, $"Row {row}: {problem}");
    }

    /// <summary>A row that could not be read; what it held is kept only as visible text (a report is stored).</summary>
    public static ParsedRow Bad(int row, string? sku, string why) =>
        new(row, sku is null ? null : TextRules.Visible(sku), null, null, null, $"Row {row}: {TextRules.Visible(why)}");

    /// <summary>
    /// The rows as a report to fill in: unreadable rows are reported so; a later row of a SKU seen before is added to the first
    /// one (which carries the sum) and reported as merged.
    /// </summary>
    public static List<ImportRow> Merge(IReadOnlyList<ParsedRow> rows)
    {
        var report = new List<ImportRow>();
        var firstBySku = new Dictionary<string, ImportRow>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row.Unreadable is { } why)
            {
                report.Add(new ImportRow { Row = row.Row, Sku = row.Sku, Quantity = row.Quantity, Outcome = ImportOutcomes.Unparseable, Message = why });
                continue;
            }

            if (firstBySku.TryGetValue(row.Sku!, out var first))
            {
                first.Quantity += row.Quantity;
                report.Add(new ImportRow
                {
                    Row = row.Row, Sku = row.Sku, Quantity = row.Quantity, Note = row.Note, Warehouse = row.Warehouse, MergedInto = first.Row,
                    Outcome = ImportOutcomes.DuplicateMerged,
                    Message = $"Row {row.Row} repeats {row.Sku} of row {first.Row}: its {LineRules.Format(row.Quantity!.Value)} were added there " +
                              $"({LineRules.Format(first.Quantity!.Value)} in all).",
                });
                continue;
            }

            var line = new ImportRow
            {
                Row = row.Row, Sku = row.Sku, Quantity = row.Quantity, Note = row.Note, Warehouse = row.Warehouse, Outcome = ImportOutcomes.Accepted, Message = "",
            };
            firstBySku[row.Sku!] = line;
            report.Add(line);
        }

        return report;
    }
}
