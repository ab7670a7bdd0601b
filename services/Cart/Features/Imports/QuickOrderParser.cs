using System.Globalization;
using System.Text.RegularExpressions;
using B2BPortal.Contracts.Orders;

namespace B2BPortal.Cart.Features.Imports;

/// <summary>Quick order text: one <c>SKU quantity</c> pair per line, separated by spaces, tabs, a comma or a semicolon.</summary>
internal static partial class QuickOrderParser
{
    public static IReadOnlyList<ParsedRow> Parse(string text)
    {
        var rows = new List<ParsedRow>();
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (rows.Count == LineRules.MaxLines)
            {
                throw new ImportRefusedException($"Quick order takes at most {LineRules.MaxLines:#,0} lines at once; a cart holds no more.");
            }

            var parts = Separators().Split(line);
            var row = index + 1;
            rows.Add(parts switch
            {
                [var sku] => ParsedRow.Bad(row, sku, $"give a quantity after {sku}, like \"{sku} 2\"."),
                [var sku, var quantity] when decimal.TryParse(quantity, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) =>
                    ParsedRow.Line(row, sku, amount, null, null),
                [var sku, var quantity] => ParsedRow.Bad(row, sku, $"\"{quantity}\" is not a quantity; write it with digits, like 12 or 2.5."),
                _ => ParsedRow.Bad(row, parts[0], "write one SKU and one quantity per line, like \"PMP-1001 2\"."),
            });
        }

        return rows;
    }

    [GeneratedRegex(@"[\s,;]+")]
    private static partial Regex Separators();
}
