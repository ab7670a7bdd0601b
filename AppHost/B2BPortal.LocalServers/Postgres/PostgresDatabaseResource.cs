using Aspire.Hosting.ApplicationModel;

namespace B2BPortal.LocalServers.Postgres;

/// <summary>
/// A database of the cluster. With an owner, its connection string is the owner's (a service that has the database to itself);
/// without one, the database only holds schemas (<see cref="PostgresSchemaResource"/>) and its connection string is the superuser's.
/// </summary>
public sealed class PostgresDatabaseResource(string name, string databaseName, string? owner, LocalPostgresResource parent)
    : Resource(name), IResourceWithParent<LocalPostgresResource>, IResourceWithConnectionString
{
    public string DatabaseName { get; } = SqlIdentifier.Validate(databaseName, nameof(databaseName));

    public string? Owner { get; } = owner is null ? null : SqlIdentifier.Validate(owner, nameof(owner));

    public LocalPostgresResource Parent { get; } = parent;

    public List<PostgresSchemaResource> Schemas { get; } = [];

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{ConnectionString()}");

    internal string ConnectionString() => Owner is { } owner
        ? PostgresConnectionString.Create(Parent.Port, DatabaseName, owner, DevelopmentCredentials.PostgresRolePassword(owner))
        : Parent.SuperuserConnectionString(DatabaseName);
}
