namespace B2BPortal.Order.Features.Logistics;

/// <summary>
/// English names of the countries (ISO 3166-1 alpha-2) a European manufacturer ships to or is asked about, for messages; the
/// services run with invariant globalization, so the operating system's region names are not available. A code not listed is
/// shown as the code.
/// </summary>
internal static class Countries
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["AD"] = "Andorra", ["AL"] = "Albania", ["AT"] = "Austria", ["BA"] = "Bosnia and Herzegovina", ["BE"] = "Belgium", ["BG"] = "Bulgaria",
        ["BY"] = "Belarus", ["CH"] = "Switzerland", ["CY"] = "Cyprus", ["CZ"] = "Czechia", ["DE"] = "Germany", ["DK"] = "Denmark", ["EE"] = "Estonia",
        ["ES"] = "Spain", ["FI"] = "Finland", ["FR"] = "France", ["GB"] = "United Kingdom", ["GR"] = "Greece", ["HR"] = "Croatia", ["HU"] = "Hungary",
        ["IE"] = "Ireland", ["IS"] = "Iceland", ["IT"] = "Italy", ["LI"] = "Liechtenstein", ["LT"] = "Lithuania", ["LU"] = "Luxembourg", ["LV"] = "Latvia",
        ["MC"] = "Monaco", ["MD"] = "Moldova", ["ME"] = "Montenegro", ["MK"] = "North Macedonia", ["MT"] = "Malta", ["NL"] = "Netherlands",
        ["NO"] = "Norway", ["PL"] = "Poland", ["PT"] = "Portugal", ["RO"] = "Romania", ["RS"] = "Serbia", ["SE"] = "Sweden", ["SI"] = "Slovenia",
        ["SK"] = "Slovakia", ["TR"] = "Türkiye", ["UA"] = "Ukraine", ["AE"] = "United Arab Emirates", ["AU"] = "Australia", ["BR"] = "Brazil",
        ["CA"] = "Canada", ["CN"] = "China", ["EG"] = "Egypt", ["IL"] = "Israel", ["IN"] = "India", ["JP"] = "Japan", ["KR"] = "South Korea",
        ["MA"] = "Morocco", ["MX"] = "Mexico", ["SA"] = "Saudi Arabia", ["SG"] = "Singapore", ["TN"] = "Tunisia", ["US"] = "United States",
        ["ZA"] = "South Africa",
    };

    /// <summary>"Sweden (SE)", or the code alone when its name is not known here.</summary>
    public static string Describe(string code) => Names.TryGetValue(code, out var name) ? $"{name} ({code.ToUpperInvariant()})" : code;
}
