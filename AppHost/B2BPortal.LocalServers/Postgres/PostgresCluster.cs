using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;

namespace B2BPortal.LocalServers.Postgres;

/// <summary>
/// A PostgreSQL server the portal's databases, login roles and schemas are made on, whichever resource runs it (the OS package's
/// server, or Aspire's PostgreSQL container where a container runtime answers), reached at its endpoint with the
/// development superuser. Once the server is ready, its databases, roles and schemas are made to exist and count as running.
/// </summary>
public sealed class PostgresCluster
{
    private readonly IDistributedApplicationBuilder builder;
    private readonly EndpointReference endpoint;

    private PostgresCluster(IDistributedApplicationBuilder builder, IResource server, EndpointReference endpoint)
    {
        this.builder = builder;
        this.endpoint = endpoint;
        Server = server;
    }

    public IResource Server { get; }

    public List<PortalDatabaseResource> Databases { get; } = [];

    public static PostgresCluster On<TServer>(IResourceBuilder<TServer> server, EndpointReference endpoint) where TServer : IResource
    {
        var cluster = new PostgresCluster(server.ApplicationBuilder, server.Resource, endpoint);
        server.ApplicationBuilder.Eventing.Subscribe<ResourceReadyEvent>(server.Resource, async (ready, cancellationToken) =>
        {
            await PostgresProvisioner.ProvisionAsync(cluster, cancellationToken);
            await cluster.MarkRunningAsync(ready.Services.GetRequiredService<ResourceNotificationService>());
        });
        return cluster;
    }

    /// <summary>
    /// A database of the cluster. With an <paramref name="owner"/>, its connection string is the owner's (a service that has the
    /// database to itself); without one, the database only holds schemas and its connection string is the superuser's.
    /// </summary>
    public IResourceBuilder<PortalDatabaseResource> AddDatabase(string name, string? databaseName = null, string? owner = null)
    {
        var database = new PortalDatabaseResource(name, databaseName ?? name, owner, this);
        Databases.Add(database);
        return builder.AddResource(database).WithLoginHealthCheck();
    }

    /// <summary>The superuser's connection string, to <paramref name="database"/> or to none.</summary>
    public ReferenceExpression SuperuserConnectionString(string? database) =>
        ConnectionString(database, DevelopmentCredentials.PostgresSuperuser, DevelopmentCredentials.PostgresSuperuserPassword);

    internal ReferenceExpression ConnectionString(string? database, string user, string password, string? searchPath = null)
    {
        var expression = new ReferenceExpressionBuilder();
        expression.Append($"Host={endpoint.Property(EndpointProperty.IPV4Host)};Port={endpoint.Property(EndpointProperty.Port)}");
        expression.AppendLiteral(PostgresConnectionString.Rest(database, user, password, searchPath));
        return expression.Build();
    }

    /// <summary>
    /// Databases and schemas have no process of their own: they run once provisioned, and then their health checks (a login as
    /// their role) decide when the services that wait for them start.
    /// </summary>
    private async Task MarkRunningAsync(ResourceNotificationService notifications)
    {
        var now = DateTime.UtcNow;
        foreach (var child in Databases.Cast<IResource>().Concat(Databases.SelectMany(d => d.Schemas)))
        {
            await notifications.PublishUpdateAsync(child, snapshot => snapshot with { State = KnownResourceStates.Running, StartTimeStamp = now });
        }
    }
}
