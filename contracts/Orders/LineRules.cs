using System.Globalization;
using B2BPortal.Contracts.Text;

namespace B2BPortal.Contracts.Orders;

/// <summary>
/// The limits every cart, order and price request shares, in one place: the BFF, Cart, Pricing, Catalog and Order all
/// check lines with these, so a line one of them accepts is never refused by the next for its shape.
/// </summary>
public static class LineRules
{
    /// <summary>Lines in one cart, order, price batch or catalog lookup (a 5,000-line CSV fits in one cart and one order).</summary>
    public const int MaxLines = 5_000;

    public const int MaxSkuLength = 64;

    public const decimal MaxQuantity = 1_000_000m;

    /// <summary>Quantities are stored with three decimals (18,3); a quantity with more is refused, never rounded silently.</summary>
    public const int QuantityDecimals = 3;

    public const int MaxNoteLength = 500;

    public const int MaxWarehouseLength = 10;

    public static string? SkuProblem(string? sku) =>
        string.IsNullOrWhiteSpace(sku) || sku.Length > MaxSkuLength || sku.Trim() != sku
            ? $"Give a SKU of 1 to {MaxSkuLength} characters without spaces around it, like PMP-1001."
            : TextRules.Problem(sku, multiLine: false) is { } text ? $"Give a SKU like PMP-1001. {text}" : null;

    public static string? NoteProblem(string? note) =>
        note is null ? null
        : note.Length > MaxNoteLength ? $"A line note has at most {MaxNoteLength} characters."
        : TextRules.Problem(note) is { } text ? $"The line note cannot be stored. {text}" : null;

    public static string? WarehouseProblem(string? warehouse) =>
        warehouse is { } code && (code.Length > MaxWarehouseLength || !code.All(char.IsAsciiLetterOrDigit))
            ? $"{TextRules.Visible(code)} is not a warehouse code like HAM; give one, or none for best available."
            : null;

    public static string? QuantityProblem(decimal quantity) =>
        quantity <= 0 || quantity > MaxQuantity || decimal.Round(quantity, QuantityDecimals) != quantity
            ? $"The quantity must be more than 0 and at most {MaxQuantity.ToString("#,0", CultureInfo.InvariantCulture)}, with at most {QuantityDecimals} decimals."
            : null;

    public static string? LineCountProblem(int count) =>
        count is < 1 or > MaxLines ? $"Send 1 to {MaxLines.ToString("#,0", CultureInfo.InvariantCulture)} lines." : null;

    /// <summary>
    /// Every problem of a list of lines, keyed like ASP.NET Core validation problems (<c>lines</c>, <c>lines[2].sku</c>,
    /// <c>lines[2].quantity</c>); empty when the lines are fine. <paramref name="prefix"/> "" keys a single line's fields bare.
    /// </summary>
    public static Dictionary<string, string[]> Problems<TLine>(
        IReadOnlyList<TLine?>? lines, Func<TLine, string?> sku, Func<TLine, decimal> quantity, string prefix = "lines")
        where TLine : class
    {
        var errors = new Dictionary<string, string[]>();
        if (LineCountProblem(lines?.Count ?? 0) is { } count)
        {
            errors[prefix.Length == 0 ? "lines" : prefix] = [count];
            return errors;
        }

        for (var index = 0; index < lines!.Count; index++)
        {
            var at = prefix.Length == 0 ? "" : $"{prefix}[{index}].";
            if (lines[index] is not { } line)
            {
                errors[prefix.Length == 0 ? "lines" : $"{prefix}[{index}]"] = ["A line is missing: send an object with sku and quantity."];
                continue;
            }

            if (SkuProblem(sku(line)) is { } skuProblem)
            {
                errors[at + "sku"] = [skuProblem];
            }

            if (QuantityProblem(quantity(line)) is { } quantityProblem)
            {
                errors[at + "quantity"] = [quantityProblem];
            }
        }

        return errors;
    }

    /// <summary>The quantity without trailing zeros (2.0 and 2 are the same quantity), for comparing and hashing.</summary>
    public static decimal Normalize(decimal quantity) => quantity / 1.000000000000000000000000000000000m;

    /// <summary>The quantity as an invariant string without trailing zeros: <c>2</c>, <c>2.5</c>.</summary>
    public static string Format(decimal quantity) => Normalize(quantity).ToString(CultureInfo.InvariantCulture);
}
