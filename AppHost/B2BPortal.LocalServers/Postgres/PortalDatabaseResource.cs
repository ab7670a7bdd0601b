using Aspire.Hosting.ApplicationModel;

namespace B2BPortal.LocalServers.Postgres;

/// <summary>
/// A database of the cluster. With an owner, its connection string is the owner's (a service that has the database to itself);
/// without one, the database only holds schemas (<see cref="PortalSchemaResource"/>) and its connection string is the superuser's.
/// </summary>
public sealed class PortalDatabaseResource(string name, string databaseName, string? owner, PostgresCluster cluster)
    : Resource(name), IResourceWithParent, IResourceWithConnectionString
{
    public string DatabaseName { get; } = SqlIdentifier.Validate(databaseName, nameof(databaseName));

    public string? Owner { get; } = owner is null ? null : SqlIdentifier.Validate(owner, nameof(owner));

    public PostgresCluster Cluster { get; } = cluster;

    public IResource Parent => Cluster.Server;

    public List<PortalSchemaResource> Schemas { get; } = [];

    public ReferenceExpression ConnectionStringExpression => Owner is { } owner
        ? Cluster.ConnectionString(DatabaseName, owner, DevelopmentCredentials.PostgresRolePassword(owner))
        : Cluster.SuperuserConnectionString(DatabaseName);
}
