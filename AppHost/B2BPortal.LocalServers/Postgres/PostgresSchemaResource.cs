using Aspire.Hosting.ApplicationModel;

namespace B2BPortal.LocalServers.Postgres;

/// <summary>A schema owned by one login role, which can use no other schema of the database: one service's data.</summary>
public sealed class PostgresSchemaResource(string name, string schemaName, string role, PostgresDatabaseResource parent)
    : Resource(name), IResourceWithParent<PostgresDatabaseResource>, IResourceWithConnectionString
{
    public string SchemaName { get; } = SqlIdentifier.Validate(schemaName, nameof(schemaName));

    public string Role { get; } = SqlIdentifier.Validate(role, nameof(role));

    public PostgresDatabaseResource Parent { get; } = parent;

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{ConnectionString()}");

    internal string ConnectionString() =>
        PostgresConnectionString.Create(Parent.Parent.Port, Parent.DatabaseName, Role, DevelopmentCredentials.PostgresRolePassword(Role), SchemaName);
}
