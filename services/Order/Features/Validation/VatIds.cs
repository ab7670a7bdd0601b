using System.Text.RegularExpressions;

namespace B2BPortal.Order.Features.Validation;

/// <summary>
/// VAT identification numbers by their country prefix: the formats of the EU member states (VIES), the United Kingdom,
/// Switzerland and Norway. Only the format is checked; whether the number is registered is the ERP's (or VIES's) to say.
/// </summary>
internal static partial class VatIds
{
    private static readonly Dictionary<string, Regex> Formats = new(StringComparer.Ordinal)
    {
        ["AT"] = new(@"^ATU\d{8}$"), ["BE"] = new(@"^BE[01]\d{9}$"), ["BG"] = new(@"^BG\d{9,10}$"), ["CY"] = new(@"^CY\d{8}[A-Z]$"),
        ["CZ"] = new(@"^CZ\d{8,10}$"), ["DE"] = new(@"^DE\d{9}$"), ["DK"] = new(@"^DK\d{8}$"), ["EE"] = new(@"^EE\d{9}$"),
        ["EL"] = new(@"^EL\d{9}$"), ["ES"] = new(@"^ES[A-Z0-9]\d{7}[A-Z0-9]$"), ["FI"] = new(@"^FI\d{8}$"),
        ["FR"] = new(@"^FR[A-HJ-NP-Z0-9]{2}\d{9}$"), ["HR"] = new(@"^HR\d{11}$"), ["HU"] = new(@"^HU\d{8}$"), ["IE"] = new(@"^IE\d[A-Z0-9+*]\d{5}[A-Z]{1,2}$"),
        ["IT"] = new(@"^IT\d{11}$"), ["LT"] = new(@"^LT(\d{9}|\d{12})$"), ["LU"] = new(@"^LU\d{8}$"), ["LV"] = new(@"^LV\d{11}$"),
        ["MT"] = new(@"^MT\d{8}$"), ["NL"] = new(@"^NL\d{9}B\d{2}$"), ["PL"] = new(@"^PL\d{10}$"), ["PT"] = new(@"^PT\d{9}$"),
        ["RO"] = new(@"^RO\d{2,10}$"), ["SE"] = new(@"^SE\d{10}01$"), ["SI"] = new(@"^SI\d{8}$"), ["SK"] = new(@"^SK\d{10}$"),
        ["GB"] = new(@"^GB(\d{9}|\d{12}|GD\d{3}|HA\d{3})$"), ["XI"] = new(@"^XI(\d{9}|\d{12})$"), ["CH"] = new(@"^CHE\d{9}(MWST|TVA|IVA)?$"),
        ["NO"] = new(@"^NO\d{9}(MVA)?$"),
    };

    /// <summary>Upper case without spaces, dots or dashes (as printed on invoices); null when empty.</summary>
    public static string? Normalize(string? vatId) =>
        string.IsNullOrWhiteSpace(vatId) ? null : Separators().Replace(vatId, "").ToUpperInvariant();

    public static bool IsWellFormed(string vatId) =>
        vatId.Length >= 2 && Formats.TryGetValue(vatId[..2], out var format) && format.IsMatch(vatId);

    [GeneratedRegex(@"[\s.\-]")]
    private static partial Regex Separators();
}
