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
}
