using Npgsql;

namespace B2BPortal.Hosting.Servers.Postgres;

internal static class PostgresProbe
{
    /// <summary>Healthy when the superuser can run SELECT 1.</summary>
    public static async Task<bool> AnswersAsync(string superuserConnectionString, CancellationToken cancellationToken)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(superuserConnectionString) { Pooling = false, Timeout = 3 }.ConnectionString;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT 1", connection);
        return await command.ExecuteScalarAsync(cancellationToken) is 1;
    }
}
