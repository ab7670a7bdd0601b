using System.Globalization;

namespace B2BPortal.LocalServers.Postgres;

internal static class PostgresConnectionString
{
    public static string Create(int port, string? database, string username, string password, string? searchPath = null)
    {
        var parts = new List<string> { "Host=127.0.0.1", $"Port={port.ToString(CultureInfo.InvariantCulture)}" };
        if (database is not null)
        {
            parts.Add($"Database={database}");
        }

        parts.Add($"Username={username}");
        parts.Add($"Password={password}");
        if (searchPath is not null)
        {
            parts.Add($"Search Path={searchPath}");
        }

        return string.Join(';', parts);
    }
}
