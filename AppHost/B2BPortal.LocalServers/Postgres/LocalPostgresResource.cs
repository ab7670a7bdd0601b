using Aspire.Hosting.ApplicationModel;

namespace B2BPortal.LocalServers.Postgres;

/// <summary>A PostgreSQL cluster from the OS packages; its connection string is the superuser's, without a database.</summary>
public sealed class LocalPostgresResource(string name, string command, string workingDirectory, int port)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    public int Port { get; } = port;

    public List<PostgresDatabaseResource> Databases { get; } = [];

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{SuperuserConnectionString(null)}");

    internal string SuperuserConnectionString(string? database) =>
        PostgresConnectionString.Create(Port, database, DevelopmentCredentials.PostgresSuperuser, DevelopmentCredentials.PostgresSuperuserPassword);
}
