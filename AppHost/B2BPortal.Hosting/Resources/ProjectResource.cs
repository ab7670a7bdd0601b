namespace B2BPortal.Hosting;

/// <summary>A .NET project run from its build output (<c>bin/{Configuration}/net10.0</c>); healthy when <c>GET /health</c> answers 200.</summary>
public sealed class ProjectResource : Resource, IResourceWithEnvironment
{
    internal ProjectResource(string name, string projectPath)
        : base(name)
    {
        ProjectPath = projectPath;
        HttpPort = new AllocatedPort(name, requested: null, preferred: null);
    }

    public override string TypeName => "Project";

    /// <summary>The .csproj path, relative to the repository root.</summary>
    public string ProjectPath { get; }

    /// <summary>Instance id reported as <c>service.instance.id</c>; kept across restarts.</summary>
    public string InstanceId { get; } = Guid.NewGuid().ToString();

    internal AllocatedPort HttpPort { get; }

    /// <summary>A fixed port is meant for people (browsers, OIDC redirects), so it is bound as <c>localhost</c>.</summary>
    internal string Host => HttpPort.Requested is null ? "127.0.0.1" : "localhost";

    internal override IEnumerable<AllocatedPort> Ports => [HttpPort];

    internal override Uri? Url => HttpPort.IsAllocated ? Endpoint : null;

    public Uri Endpoint => new($"http://{Host}:{HttpPort.Value}");
}
