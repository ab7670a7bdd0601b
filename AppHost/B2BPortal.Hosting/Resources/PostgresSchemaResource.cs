using B2BPortal.Hosting.Servers;
using B2BPortal.Hosting.Servers.Postgres;

namespace B2BPortal.Hosting;

/// <summary>A schema owned by one login role, which can use no other schema of the database.</summary>
public sealed class PostgresSchemaResource : Resource, IResourceWithConnectionString
{
    internal PostgresSchemaResource(string name, PostgresDatabaseResource database, string schema, string role)
        : base(name)
    {
        Database = database;
        SchemaName = SqlIdentifier.Validate(schema, nameof(schema));
        Role = SqlIdentifier.Validate(role, nameof(role));
    }

    public override string TypeName => "PostgresSchema";

    public PostgresDatabaseResource Database { get; }

    public string SchemaName { get; }

    public string Role { get; }

    internal override Resource Parent => Database;

    internal override Uri? Url => Database.Url;

    public string GetConnectionString() => PostgresConnectionString.Create(
        Database.Server.Port.Value, Database.DatabaseName, Role, DevelopmentCredentials.PostgresRolePassword(Role), SchemaName);
}
