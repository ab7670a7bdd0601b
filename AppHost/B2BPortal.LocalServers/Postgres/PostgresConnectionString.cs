namespace B2BPortal.LocalServers.Postgres;

internal static class PostgresConnectionString
{
    /// <summary>What follows <c>Host=…;Port=…</c>: the database (if any), the login and the search path (if any).</summary>
    public static string Rest(string? database, string username, string password, string? searchPath = null)
    {
        var parts = new List<string>();
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

        return ";" + string.Join(';', parts);
    }
}
