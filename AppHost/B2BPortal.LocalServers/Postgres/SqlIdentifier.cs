using System.Text.RegularExpressions;

namespace B2BPortal.LocalServers.Postgres;

internal static partial class SqlIdentifier
{
    public static string Validate(string identifier, string parameter) =>
        Plain().IsMatch(identifier) ? identifier : throw new ArgumentException($"'{identifier}' is not a plain lower-case SQL identifier.", parameter);

    public static string Quote(string identifier) => $"\"{identifier.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex Plain();
}
