using System.Globalization;

namespace B2BPortal.Contracts.Text;

/// <summary>
/// What text the portal accepts anywhere, in one place: no NUL or other control characters (tab and line breaks only where text
/// may span lines), no bidirectional overrides or isolates (they make a reader see other text than is stored), no byte-order
/// mark, no lone surrogate. (No Unicode normalisation: the services run with invariant globalization, where .NET does not
/// normalise; codes such as SKUs, warehouses and currencies have rules of their own that keep them to ASCII.)
/// </summary>
public static class TextRules
{
    /// <summary>What is wrong with the text, in words a person can act on; null when it is fine.</summary>
    public static string? Problem(string text, bool multiLine = true)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }

                return $"It holds a broken character (a lone UTF-16 surrogate, U+{(int)c:X4}) at position {i + 1}; send the text as valid UTF-8.";
            }

            if (IsRefused(c, multiLine))
            {
                return $"It holds the invisible character U+{(int)c:X4} ({Name(c)}) at position {i + 1}; remove it and send the text again.";
            }
        }

        return null;
    }

    /// <summary>The text with every character it may not hold written out as <c>&lt;U+0000&gt;</c>: safe to store and to show in a report.</summary>
    public static string Visible(string text) => Problem(text, multiLine: false) is null
        ? text
        : string.Concat(text.Select((c, i) => IsRefused(c, multiLine: false) || (char.IsSurrogate(c) && !IsPaired(text, i)) ? $"<U+{(int)c:X4}>" : c.ToString()));

    private static bool IsPaired(string text, int i) => char.IsHighSurrogate(text[i])
        ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
        : i > 0 && char.IsHighSurrogate(text[i - 1]);

    private static bool IsRefused(char c, bool multiLine) =>
        c is '\t' or '\n' or '\r' ? !multiLine
        : c < ' ' || c is >= '\u007f' and <= '\u009f' || c is >= '\u202a' and <= '\u202e' || c is >= '\u2066' and <= '\u2069' || c is '\ufeff' or '\ufffe' or '\uffff';

    private static string Name(char c) => c switch
    {
        '\0' => "NUL",
        '\t' => "tab",
        '\n' or '\r' => "line break",
        >= '\u202a' and <= '\u202e' or >= '\u2066' and <= '\u2069' => "a right-to-left or left-to-right override",
        '\ufeff' => "byte-order mark",
        _ when char.GetUnicodeCategory(c) == UnicodeCategory.Control => "a control character",
        _ => "not a character",
    };
}
