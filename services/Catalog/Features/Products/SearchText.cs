using System.Text;

namespace B2BPortal.Catalog.Features.Products;

/// <summary>
/// A buyer's search text as a PostgreSQL prefix query: every word must match the start of a word in SKU, name,
/// description or equipment model (<c>cp 50 cast</c> → <c>cp:* &amp; 50:* &amp; cast:*</c>). Punctuation separates words,
/// as it does in the <c>simple</c> text search configuration.
/// </summary>
internal static class SearchText
{
    public static string? ToPrefixQuery(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var character in text.Trim().ToLowerInvariant().Append(' '))
        {
            if (char.IsLetterOrDigit(character))
            {
                word.Append(character);
            }
            else if (word.Length > 0)
            {
                words.Add(word + ":*");
                word.Clear();
            }
        }

        return words.Count == 0 ? null : string.Join(" & ", words.Take(8));
    }

    /// <summary>
    /// One word with a digit in it (<c>brg-1000</c>, <c>CP-50</c>) is also taken as the start of a SKU or equipment model,
    /// which the word search cannot match: the text parser reads <c>-1000</c> in <c>BRG-1000</c> as a negative number.
    /// </summary>
    public static string? ToCodePrefix(string? text)
    {
        var code = text?.Trim().ToUpperInvariant();
        return code is { Length: > 0 and <= 64 } && !code.Any(char.IsWhiteSpace) && code.Any(char.IsDigit) && !code.Contains('%') && !code.Contains('_')
            ? code
            : null;
    }
}
