using CsCheck;

namespace B2BPortal.Tests.Fuzz;

/// <summary>
/// Values a hostile or careless client sends, as text: mostly plausible ones (so requests get past the first check and reach
/// the deeper ones), the rest boundaries, control and bidirectional characters, characters outside the BMP, lone surrogates,
/// overlong text and values of the wrong type.
/// </summary>
internal static class HostileValues
{
    /// <summary>Characters that mean nothing in a name, a code or a note, and some that can mislead a reader (bidi overrides).</summary>
    public static readonly Gen<string> OddCharacters = Gen.OneOf(
        Gen.Char['\u0000', '\u001f'].Select(c => $"A{c}B"),
        Gen.OneOf("\u0000", "\u007f", "\u0085", "\u009b", "\u202eevil", "\u2066isolated\u2069", "\ufeff", "\uffff", "a\u200bb"));

    public static readonly Gen<string> Overlong = Gen.OneOf(
        Gen.Int[65, 600].Select(n => new string('x', n)),
        Gen.Int[4_000, 120_000].Select(n => new string('y', n)));

    public static readonly Gen<string> HostileText = Gen.Frequency(
        (3, OddCharacters),
        (2, Overlong),
        (1, Gen.OneOf("", " ", "\t", "\r\n")),
        (1, Gen.OneOf("\ud83d\ude00\ud83d\udd29", "\ud800", "\udfff x", "e\u0301", "ＰＯ－４７１１")),
        (1, Gen.OneOf("' OR 1=1 --", "(a+)+$", "%00", "../../../etc/passwd", "<script>alert(1)</script>", "${jndi:ldap://x}", "%s%s%s%n")));

    /// <summary>JSON number tokens at and past every boundary: zero, a quantity that rounds to zero, past decimal, long and double.</summary>
    public static readonly Gen<string> HostileNumber = Gen.OneOf(
        "0", "-0", "-1", "0.0004", "0.0001", "1.0005", "1000000", "1000000.001", "1e15", "1e308", "1e400", "-1e400",
        "79228162514264337593543950336", "9223372036854775808", "2147483648", "1E-7", "0.1e1", "00012");

    public static readonly Gen<string> HostileInteger = Gen.OneOf(
        "0", "-1", "2147483647", "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808", "1.5", "1e3", "99999999999999999999999");

    /// <summary>A JSON token of another type than the one declared.</summary>
    public static readonly Gen<string> WrongType = Gen.OneOf("null", "true", "\"12\"", "\"x\"", "{}", "[]", "[null]", "{\"a\":1}", "12");

    /// <summary>A JSON document nested deeper than any parser should follow.</summary>
    public static readonly Gen<string> DeepNesting = Gen.Int[70, 20_000].Select(n => new string('[', n) + new string(']', n));

    public static readonly Gen<string> Dates = Gen.OneOf(
        "2027-03-01", "2027-06-15", "2020-01-01", "0001-01-01", "9999-12-31", "2027-02-30", "tomorrow", "2027-03-01T10:00:00Z", "");

    public static readonly Gen<string> Guids = Gen.Frequency(
        (4, Gen.Guid.Select(g => g.ToString())),
        (1, Gen.OneOf("00000000-0000-0000-0000-000000000000", "not-a-guid", "a0000000-0000-4000-8000-00000000000", "{a0000000-0000-4000-8000-000000000001}")));

    /// <summary>Plausible values by the property's name, so that a body is often valid apart from the one field under test.</summary>
    public static Gen<string> Plausible(string name) => name.ToLowerInvariant() switch
    {
        "sku" or "successorsku" => Gen.OneOf("PMP-1001", "PMP-1002", "VLV-2001", "SEA-4001", "NOPE-999", "pmp-1001"),
        "purchaseordernumber" or "reference" => Gen.Int[1, 999_999].Select(n => $"PO-{n}"),
        "warehouse" => Gen.OneOf("HAM", "LYS", "POZ", "XXX", "ham"),
        "currency" => Gen.OneOf("EUR", "USD", "SEK", "XXX", "EURO", "eur"),
        "vatid" => Gen.OneOf("DE123456789", "FR12345678901", "SE123456789001", "XX1"),
        "email" => Gen.Int[1, 99_999].Select(n => $"fuzz{n}@acme.example"),
        "role" => Gen.OneOf("Buyer", "Approver", "AccountAdmin", "Owner", "buyer"),
        "text" => Gen.OneOf("PMP-1001 2", "PMP-1001 2\nVLV-2001 1", "PMP-1001", "x y z"),
        "q" or "search" => Gen.OneOf("pump", "PO-4711", "ORD-1", "%", "_", "*"),
        "status" => Gen.OneOf("submitted", "acknowledged", "rejected", "any"),
        _ => Gen.OneOf("Plant North", "urgent", "abc", "12"),
    };

    /// <summary>A string field: plausible, hostile, or another type.</summary>
    public static Gen<string> StringToken(string name, string? format) => Gen.Frequency(
        (6, (format switch { "uuid" => Guids, "date" => Dates, "date-time" => Dates, _ => Plausible(name) }).Select(Quote)),
        (4, HostileText.Select(Quote)),
        (1, WrongType));

    public static Gen<string> NumberToken(bool integer) => Gen.Frequency(
        (5, (integer ? Gen.Int[1, 50] : Gen.OneOf(1, 2, 3, 5, 10, 20, 50)).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        (4, integer ? HostileInteger : HostileNumber),
        (1, WrongType));

    public static readonly Gen<string> BooleanToken = Gen.Frequency((6, Gen.OneOf("true", "false")), (1, WrongType));

    /// <summary>A JSON string literal that keeps what it holds, lone surrogates included (as <c>\ud800</c> escapes).</summary>
    public static string Quote(string text)
    {
        var json = new System.Text.StringBuilder(text.Length + 2).Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var paired = char.IsHighSurrogate(c) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                : !char.IsLowSurrogate(c) || (i > 0 && char.IsHighSurrogate(text[i - 1]));
            _ = c switch
            {
                '"' => json.Append("\\\""),
                '\\' => json.Append("\\\\"),
                _ when c < ' ' || !paired => json.Append($"\\u{(int)c:x4}"),
                _ => json.Append(c),
            };
        }

        return json.Append('"').ToString();
    }
}
