using B2BPortal.Hosting.Servers;
using B2BPortal.Hosting.Servers.Postgres;

namespace B2BPortal.Hosting;

/// <summary>A database on a server; owned by the superuser, or by its own login role when <see cref="Owner"/> is set.</summary>
public sealed class PostgresDatabaseResource : Resource, IResourceWithConnectionString
{
    internal PostgresDatabaseResource(string name, PostgresServerResource server, string databaseName, string? owner)
        : base(name)
    {
        Server = server;
        DatabaseName = SqlIdentifier.Validate(databaseName, nameof(databaseName));
        Owner = owner is null ? null : SqlIdentifier.Validate(owner, nameof(owner));
    }

    public override string TypeName => "PostgresDatabase";

    public PostgresServerResource Server { get; }

    public string DatabaseName { get; }

    public string? Owner { get; }

    internal override Resource Parent => Server;

    internal override Uri? Url => Server.Port.IsAllocated ? new Uri($"{Server.Url}{DatabaseName}") : null;

    public string GetConnectionString() => Owner is null
        ? Server.SuperuserConnectionString(DatabaseName)
        : PostgresConnectionString.Create(Server.Port.Value, DatabaseName, Owner, DevelopmentCredentials.PostgresRolePassword(Owner));
}
