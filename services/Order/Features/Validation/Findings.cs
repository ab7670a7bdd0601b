using System.Globalization;
using B2BPortal.Order.Features.Logistics;
using B2BPortal.Contracts.Orders;

namespace B2BPortal.Order.Features.Validation;

/// <summary>Builds findings, and says amounts, quantities and dates the same way in every message.</summary>
internal static class Findings
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static OrderFindingDto Error(string layer, string code, string message, int? line = null, string? sku = null, string? field = null) =>
        new(code, layer, FindingSeverities.Error, line, sku, field ?? (line is null ? null : $"lines[{line - 1}]"), message);

    public static OrderFindingDto Warning(string layer, string code, string message, int? line = null, string? sku = null, string? field = null) =>
        Error(layer, code, message, line, sku, field) with { Severity = FindingSeverities.Warning };

    public static string Money(decimal amount, string currency) => $"{amount.ToString("#,0.00", Invariant)} {currency}";

    public static string Quantity(decimal quantity) => LineRules.Normalize(quantity).ToString("#,0.###", Invariant);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", Invariant);

    /// <summary>"Line 3 (PMP-1001)": how every line's message starts, so a buyer finds the line in a long order.</summary>
    public static string LineRef(DraftLine line) => line.Sku is null ? $"Line {line.LineNumber}" : $"Line {line.LineNumber} ({line.Sku})";

    public static string Country(string code) => Countries.Describe(code);
}
