using B2BPortal.Hosting.Servers;
using B2BPortal.Hosting.Servers.Postgres;

namespace B2BPortal.Hosting;

public sealed class PostgresServerResource : Resource, IResourceWithConnectionString
{
    internal PostgresServerResource(string name, int? port)
        : base(name)
    {
        Port = new AllocatedPort(name, port, DefaultPorts.Postgres);
    }

    public override string TypeName => "Postgres";

    internal AllocatedPort Port { get; }

    /// <summary>Serialises role and schema changes: concurrent GRANTs on one database fail with "tuple concurrently updated".</summary>
    internal SemaphoreSlim ProvisioningLock { get; } = new(1, 1);

    internal override IEnumerable<AllocatedPort> Ports => [Port];

    internal override AllocatedPort ServicePort => Port;

    internal override Uri? Url => Port.IsAllocated ? new Uri($"postgres://127.0.0.1:{Port.Value}") : null;

    public string GetConnectionString() => SuperuserConnectionString(database: null);

    internal string SuperuserConnectionString(string? database) => PostgresConnectionString.Create(
        Port.Value, database, DevelopmentCredentials.PostgresSuperuser, DevelopmentCredentials.PostgresSuperuserPassword);
}
