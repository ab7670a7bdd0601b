using Aspire.Hosting.ApplicationModel;

namespace B2BPortal.LocalServers.Postgres;

/// <summary>A schema owned by one login role, which can use no other schema of the database: one service's data.</summary>
public sealed class PortalSchemaResource(string name, string schemaName, string role, PortalDatabaseResource database)
    : Resource(name), IResourceWithParent<PortalDatabaseResource>, IResourceWithConnectionString
{
    public string SchemaName { get; } = SqlIdentifier.Validate(schemaName, nameof(schemaName));

    public string Role { get; } = SqlIdentifier.Validate(role, nameof(role));

    public PortalDatabaseResource Parent { get; } = database;

    public ReferenceExpression ConnectionStringExpression =>
        Parent.Cluster.ConnectionString(Parent.DatabaseName, Role, DevelopmentCredentials.PostgresRolePassword(Role), SchemaName);
}
