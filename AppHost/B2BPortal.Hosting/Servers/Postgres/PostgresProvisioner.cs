using B2BPortal.Hosting.Logging;
using Npgsql;

namespace B2BPortal.Hosting.Servers.Postgres;

/// <summary>
/// Creates databases, login roles and schemas, idempotently, as the superuser. Each role may connect to its database
/// and owns one schema; PUBLIC may do nothing, so no role can read another role's schema.
/// </summary>
internal static class PostgresProvisioner
{
    public static async Task EnsureDatabaseAsync(PostgresDatabaseResource database, ResourceLog log, CancellationToken cancellationToken)
    {
        var server = database.Server;
        await server.ProvisioningLock.WaitAsync(cancellationToken);
        try
        {
            await using (var admin = await OpenAsync(server.SuperuserConnectionString(null), cancellationToken))
            {
                if (database.Owner is { } owner)
                {
                    await EnsureLoginRoleAsync(admin, owner, log, cancellationToken);
                }

                if (!await ExistsAsync(admin, "SELECT 1 FROM pg_database WHERE datname = $1", database.DatabaseName, cancellationToken))
                {
                    var ownerClause = database.Owner is { } databaseOwner ? $" OWNER {SqlIdentifier.Quote(databaseOwner)}" : "";
                    await ExecuteAsync(admin, $"CREATE DATABASE {SqlIdentifier.Quote(database.DatabaseName)}{ownerClause}", cancellationToken);
                    log.Notice($"created database {database.DatabaseName}");
                }

                await ExecuteAsync(admin, $"REVOKE ALL ON DATABASE {SqlIdentifier.Quote(database.DatabaseName)} FROM PUBLIC", cancellationToken);
            }

            await using var inDatabase = await OpenAsync(server.SuperuserConnectionString(database.DatabaseName), cancellationToken);
            await ExecuteAsync(inDatabase, "REVOKE ALL ON SCHEMA public FROM PUBLIC", cancellationToken);
        }
        finally
        {
            server.ProvisioningLock.Release();
        }
    }

    public static async Task EnsureSchemaAsync(PostgresSchemaResource schema, ResourceLog log, CancellationToken cancellationToken)
    {
        var database = schema.Database;
        var role = SqlIdentifier.Quote(schema.Role);
        await database.Server.ProvisioningLock.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await OpenAsync(database.Server.SuperuserConnectionString(database.DatabaseName), cancellationToken);
            await EnsureLoginRoleAsync(connection, schema.Role, log, cancellationToken);
            await ExecuteAsync(connection, $"GRANT CONNECT ON DATABASE {SqlIdentifier.Quote(database.DatabaseName)} TO {role}", cancellationToken);
            await ExecuteAsync(connection, $"CREATE SCHEMA IF NOT EXISTS {SqlIdentifier.Quote(schema.SchemaName)} AUTHORIZATION {role}", cancellationToken);
            await ExecuteAsync(connection, $"ALTER SCHEMA {SqlIdentifier.Quote(schema.SchemaName)} OWNER TO {role}", cancellationToken);
        }
        finally
        {
            database.Server.ProvisioningLock.Release();
        }
    }

    /// <summary>Creates the role if missing and resets its password and attributes every time, so they always match the connection string.</summary>
    private static async Task EnsureLoginRoleAsync(NpgsqlConnection connection, string role, ResourceLog log, CancellationToken cancellationToken)
    {
        var verb = await ExistsAsync(connection, "SELECT 1 FROM pg_roles WHERE rolname = $1", role, cancellationToken) ? "ALTER" : "CREATE";
        var password = DevelopmentCredentials.PostgresRolePassword(role).Replace("'", "''", StringComparison.Ordinal);
        await ExecuteAsync(
            connection,
            $"{verb} ROLE {SqlIdentifier.Quote(role)} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '{password}'",
            cancellationToken);
        if (verb == "CREATE")
        {
            log.Notice($"created login role {role}");
        }
    }

    private static async Task<NpgsqlConnection> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private static async Task<bool> ExistsAsync(NpgsqlConnection connection, string sql, string parameter, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { Parameters = { new NpgsqlParameter { Value = parameter } } };
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
