using System.Collections.Frozen;
using System.Globalization;

namespace B2BPortal.Contracts.Money;

/// <summary>
/// Amounts (credit limits, approval limits) and currencies, in one place: amounts are stored as numeric(18,2), so an amount
/// is refused, never rounded or overflowed, when it has more than two decimals or more digits than the column holds; a
/// currency is an active ISO 4217 code.
/// </summary>
public static class MoneyRules
{
    public const int AmountPrecision = 18;

    public const int AmountDecimals = 2;

    public const decimal MaxAmount = 9_999_999_999_999_999.99m;

    public const int CurrencyLength = 3;

    /// <summary>The active ISO 4217 codes (the list the ISO maintenance agency publishes; funds and precious metals left out).</summary>
    public static readonly FrozenSet<string> Currencies = FrozenSet.ToFrozenSet(
    [
        "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN", "BHD", "BIF", "BMD", "BND",
        "BOB", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHF", "CLP", "CNY", "COP", "CRC", "CUP", "CVE", "CZK", "DJF",
        "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD",
        "HNL", "HTG", "HUF", "IDR", "ILS", "INR", "IQD", "IRR", "ISK", "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW",
        "KWD", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR",
        "MVR", "MWK", "MXN", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN", "PGK", "PHP", "PKR", "PLN",
        "PYG", "QAR", "RON", "RSD", "RUB", "RWF", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SOS", "SRD", "SSP", "STN",
        "SVC", "SYP", "SZL", "THB", "TJS", "TMT", "TND", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "UYU", "UZS", "VES",
        "VND", "VUV", "WST", "XAF", "XCD", "XCG", "XOF", "XPF", "YER", "ZAR", "ZMW", "ZWG",
    ], StringComparer.Ordinal);

    public static string? AmountProblem(decimal amount, string what) =>
        amount < 0 || amount > MaxAmount || decimal.Round(amount, AmountDecimals) != amount
            ? $"Give {what} from 0 to {MaxAmount.ToString("#,0.##", CultureInfo.InvariantCulture)} with at most {AmountDecimals} decimals."
            : null;

    public static string? CurrencyProblem(string? currency) =>
        currency is not null && Currencies.Contains(currency.ToUpperInvariant())
            ? null
            : $"Give an ISO 4217 currency code such as EUR, USD or SEK{(currency is null ? "" : $"; \"{Shorten(currency)}\" is not one")}.";

    private static string Shorten(string text) => text.Length > 12 ? text[..12] + "…" : text;
}
