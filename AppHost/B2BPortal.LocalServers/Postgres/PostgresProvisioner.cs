using Aspire.Hosting.ApplicationModel;
using Npgsql;

namespace B2BPortal.LocalServers.Postgres;

/// <summary>
/// Creates databases, login roles and schemas, idempotently, as the superuser. Each role may connect to its database and owns
/// one schema; PUBLIC may do nothing, so no role can read another role's schema. Passwords are reset every time, so they always
/// match the connection strings.
/// </summary>
internal static class PostgresProvisioner
{
    public static async Task ProvisionAsync(PostgresCluster cluster, CancellationToken cancellationToken)
    {
        foreach (var database in cluster.Databases)
        {
            await EnsureDatabaseAsync(cluster, database, cancellationToken);
            await using var inDatabase = await OpenAsync(cluster.SuperuserConnectionString(database.DatabaseName), cancellationToken);
            await ExecuteAsync(inDatabase, "REVOKE ALL ON SCHEMA public FROM PUBLIC", cancellationToken);
            foreach (var schema in database.Schemas)
            {
                var role = SqlIdentifier.Quote(schema.Role);
                await EnsureLoginRoleAsync(inDatabase, schema.Role, cancellationToken);
                await ExecuteAsync(inDatabase, $"GRANT CONNECT ON DATABASE {SqlIdentifier.Quote(database.DatabaseName)} TO {role}", cancellationToken);
                await ExecuteAsync(inDatabase, $"CREATE SCHEMA IF NOT EXISTS {SqlIdentifier.Quote(schema.SchemaName)} AUTHORIZATION {role}", cancellationToken);
                await ExecuteAsync(inDatabase, $"ALTER SCHEMA {SqlIdentifier.Quote(schema.SchemaName)} OWNER TO {role}", cancellationToken);
            }
        }
    }

    private static async Task EnsureDatabaseAsync(PostgresCluster cluster, PortalDatabaseResource database, CancellationToken cancellationToken)
    {
        await using var admin = await OpenAsync(cluster.SuperuserConnectionString("postgres"), cancellationToken);
        if (database.Owner is { } owner)
        {
            await EnsureLoginRoleAsync(admin, owner, cancellationToken);
        }

        if (!await ExistsAsync(admin, "SELECT 1 FROM pg_database WHERE datname = $1", database.DatabaseName, cancellationToken))
        {
            var ownerClause = database.Owner is { } databaseOwner ? $" OWNER {SqlIdentifier.Quote(databaseOwner)}" : "";
            await ExecuteAsync(admin, $"CREATE DATABASE {SqlIdentifier.Quote(database.DatabaseName)}{ownerClause}", cancellationToken);
        }

        await ExecuteAsync(admin, $"REVOKE ALL ON DATABASE {SqlIdentifier.Quote(database.DatabaseName)} FROM PUBLIC", cancellationToken);
    }

    private static async Task EnsureLoginRoleAsync(NpgsqlConnection connection, string role, CancellationToken cancellationToken)
    {
        var verb = await ExistsAsync(connection, "SELECT 1 FROM pg_roles WHERE rolname = $1", role, cancellationToken) ? "ALTER" : "CREATE";
        var password = DevelopmentCredentials.PostgresRolePassword(role).Replace("'", "''", StringComparison.Ordinal);
        await ExecuteAsync(connection, $"{verb} ROLE {SqlIdentifier.Quote(role)} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '{password}'",
            cancellationToken);
    }

    private static async Task<NpgsqlConnection> OpenAsync(ReferenceExpression connectionString, CancellationToken cancellationToken)
    {
        var value = await connectionString.GetValueAsync(cancellationToken);
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(value) { Pooling = false }.ConnectionString);
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
