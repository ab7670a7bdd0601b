using Aspire.Hosting.ApplicationModel;

namespace B2BPortal.LocalServers.Postgres;

/// <summary>A PostgreSQL server from the OS packages; its connection string is the superuser's, without a database.</summary>
public sealed class LocalPostgresResource(string name, string command, string workingDirectory)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    public PostgresCluster Cluster { get; internal set; } = null!;

    public ReferenceExpression ConnectionStringExpression => Cluster.SuperuserConnectionString(null);
}
