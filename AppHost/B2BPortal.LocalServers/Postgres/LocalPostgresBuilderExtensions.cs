using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;

namespace B2BPortal.LocalServers.Postgres;

public static class LocalPostgresBuilderExtensions
{
    public static IResourceBuilder<PostgresDatabaseResource> AddDatabase(
        this IResourceBuilder<LocalPostgresResource> server, string name, string? databaseName = null, string? owner = null)
    {
        var database = new PostgresDatabaseResource(name, databaseName ?? name, owner, server.Resource);
        server.Resource.Databases.Add(database);
        var healthCheck = $"{name}_check";
        server.ApplicationBuilder.Services.AddHealthChecks().AddNpgSql(database.ConnectionString(), name: healthCheck);
        return server.ApplicationBuilder.AddResource(database).WithHealthCheck(healthCheck);
    }

    /// <summary>A schema of the database owned by <paramref name="role"/>; the schema's connection string logs in as that role.</summary>
    public static IResourceBuilder<PostgresSchemaResource> AddSchema(
        this IResourceBuilder<PostgresDatabaseResource> database, string name, string schema, string role)
    {
        var resource = new PostgresSchemaResource(name, schema, role, database.Resource);
        database.Resource.Schemas.Add(resource);
        var healthCheck = $"{name}_check";
        database.ApplicationBuilder.Services.AddHealthChecks().AddNpgSql(resource.ConnectionString(), name: healthCheck);
        return database.ApplicationBuilder.AddResource(resource).WithHealthCheck(healthCheck);
    }
}
