using B2BPortal.Hosting.Servers;

namespace B2BPortal.Hosting;

public sealed class RedisResource : Resource, IResourceWithConnectionString
{
    internal RedisResource(string name, int? port)
        : base(name)
    {
        Port = new AllocatedPort(name, port, DefaultPorts.Redis);
    }

    public override string TypeName => "Redis";

    /// <summary>Append-only file on (the default): data survives a restart. No RDB snapshots either way.</summary>
    public bool AppendOnly { get; internal set; } = true;

    internal AllocatedPort Port { get; }

    internal override IEnumerable<AllocatedPort> Ports => [Port];

    internal override AllocatedPort ServicePort => Port;

    internal override Uri? Url => Port.IsAllocated ? new Uri($"redis://127.0.0.1:{Port.Value}") : null;

    public string GetConnectionString() => $"127.0.0.1:{Port.Value}";
}
