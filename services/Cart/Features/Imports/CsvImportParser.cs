using System.Globalization;
using System.Text;
using B2BPortal.Contracts.Orders;
using CsvHelper;
using B2BPortal.ServiceDefaults.Input;

namespace B2BPortal.Cart.Features.Imports;

/// <summary>The file could not be taken at all (too many lines, not text); nothing of it is reported row by row.</summary>
internal sealed class ImportRefusedException(string detail) : Exception(detail);

/// <summary>
/// Reads <c>sku,quantity[,note][,warehouse]</c> with CsvHelper (rows are named by their line in the file): UTF-8 with or without a byte-order mark, <c>,</c> or <c>;</c>
/// between fields (with <c>;</c>, a decimal comma such as <c>2,5</c> is read too), quoted fields as RFC 4180 has them, and an
/// optional header row naming the columns (then in any order; <c>qty</c> works for quantity). Empty rows are skipped.
/// </summary>
internal static class CsvImportParser
{
    public const int MaxBytes = (int)RequestLimits.BulkBody;

    public static async Task<IReadOnlyList<ParsedRow>> ParseAsync(Stream body, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(body, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        string text;
        try
        {
            text = await reader.ReadToEndAsync(cancellationToken);
        }
        catch (DecoderFallbackException)
        {
            throw new ImportRefusedException("The file is not UTF-8 text. Save it as CSV UTF-8 (Excel: File → Save As → CSV UTF-8) and upload it again.");
        }

        var separator = SeparatorOf(text);
        using var csv = CsvReader.FromText(text, new CsvReaderOptions
        {
            Separator = separator, HasHeader = false, SkipEmptyLines = true, TrimWhitespace = true, TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Recover, FieldCountMismatch = CsvFieldCountHandling.Allow, MissingField = CsvMissingFieldHandling.ReturnEmpty,
        });
        var rows = new List<ParsedRow>();
        Columns? columns = null;
        while (csv.Read())
        {
            var row = (int)csv.LineNumber;
            var fields = Enumerable.Range(0, csv.FieldCount).Select(csv.GetString).ToArray();
            if (fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (columns is null)
            {
                columns = Columns.FromHeader(fields);
                if (columns is not null)
                {
                    continue;
                }

                columns = Columns.Positional;
            }

            if (rows.Count == LineRules.MaxLines)
            {
                throw new ImportRefusedException(
                    $"The file has more than {LineRules.MaxLines:#,0} lines; one cart holds at most {LineRules.MaxLines:#,0}. Split it into several files.");
            }

            rows.Add(columns.Read(row, fields, separator == ';'));
        }

        return rows;
    }

    /// <summary>A semicolon in the first line that is not inside quotes means semicolons separate the fields (as Excel writes them in much of Europe).</summary>
    private static char SeparatorOf(string text)
    {
        var trimmed = text.TrimStart();
        var end = trimmed.IndexOfAny(['\r', '\n']);
        var firstLine = end < 0 ? trimmed : trimmed[..end];
        var quoted = false;
        foreach (var c in firstLine)
        {
            quoted ^= c == '"';
            if (!quoted && c == ';')
            {
                return ';';
            }
        }

        return ',';
    }

    private sealed record Columns(int Sku, int Quantity, int Note, int Warehouse)
    {
        public static readonly Columns Positional = new(0, 1, 2, 3);

        public static Columns? FromHeader(string[] fields)
        {
            int Find(params string[] names) => Array.FindIndex(fields, f => names.Contains(f.Trim().ToLowerInvariant()));
            var sku = Find("sku", "item", "item number", "part number");
            return sku < 0 ? null : new Columns(sku, Find("quantity", "qty"), Find("note", "line note", "comment"), Find("warehouse"));
        }

        public ParsedRow Read(int row, string[] fields, bool decimalComma)
        {
            string? Field(int index) => index >= 0 && index < fields.Length && !string.IsNullOrWhiteSpace(fields[index]) ? fields[index].Trim() : null;
            var sku = Field(Sku);
            var quantityText = Field(Quantity);
            if (sku is null)
            {
                return ParsedRow.Bad(row, null, "the SKU is missing (first column).");
            }

            if (quantityText is null)
            {
                return ParsedRow.Bad(row, sku, $"the quantity of {sku} is missing (second column).");
            }

            var normalized = decimalComma ? quantityText.Replace(',', '.') : quantityText;
            return decimal.TryParse(normalized, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var quantity)
                ? ParsedRow.Line(row, sku, quantity, Field(Note), Field(Warehouse))
                : ParsedRow.Bad(row, sku, $"\"{quantityText}\" is not a quantity; write it with digits, like 12 or 2.5.");
        }
    }
}
