using System.Text.RegularExpressions;

namespace B2BPortal.Hosting;

internal static partial class SqlIdentifier
{
    public static string Validate(string identifier, string parameterName) =>
        Pattern().IsMatch(identifier)
            ? identifier
            : throw new ArgumentException($"'{identifier}' must be a lower-case SQL identifier ([a-z_][a-z0-9_]*, at most 63 characters).", parameterName);

    public static string Quote(string identifier) => $"\"{identifier}\"";

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex Pattern();
}
