using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;

namespace B2BPortal.LocalServers.Postgres;

public static class PortalSchemaBuilderExtensions
{
    /// <summary>A schema of the database owned by <paramref name="role"/>; the schema's connection string logs in as that role.</summary>
    public static IResourceBuilder<PortalSchemaResource> AddSchema(
        this IResourceBuilder<PortalDatabaseResource> database, string name, string schema, string role)
    {
        var resource = new PortalSchemaResource(name, schema, role, database.Resource);
        database.Resource.Schemas.Add(resource);
        return database.ApplicationBuilder.AddResource(resource).WithLoginHealthCheck();
    }

    /// <summary>Healthy once the resource's own connection string logs in and answers <c>SELECT 1</c>.</summary>
    internal static IResourceBuilder<T> WithLoginHealthCheck<T>(this IResourceBuilder<T> resource) where T : IResourceWithConnectionString
    {
        var healthCheck = $"{resource.Resource.Name}_check";
        resource.ApplicationBuilder.Services.AddHealthChecks()
            .Add(new(healthCheck, _ => new PostgresLoginHealthCheck(resource.Resource.ConnectionStringExpression), null, null));
        return resource.WithHealthCheck(healthCheck);
    }
}
