using System.Text.RegularExpressions;

namespace B2BPortal.Hosting;

public abstract partial class Resource : IResource
{
    protected Resource(string name)
    {
        if (!ValidName().IsMatch(name))
        {
            throw new ArgumentException($"Resource name '{name}' must be lower-case letters, digits and hyphens, starting with a letter.", nameof(name));
        }

        Name = name;
    }

    public string Name { get; }

    public abstract string TypeName { get; }

    internal List<ResourceWait> Waits { get; } = [];

    internal List<Resource> References { get; } = [];

    internal Dictionary<string, string> Environment { get; } = new(StringComparer.Ordinal);

    /// <summary>The resource this one lives inside (a schema's database, a database's server).</summary>
    internal virtual Resource? Parent => null;

    internal virtual IEnumerable<AllocatedPort> Ports => [];

    /// <summary>The port clients use, for a server; null for every other kind of resource.</summary>
    internal virtual AllocatedPort? ServicePort => null;

    /// <summary>A server someone else runs (see <c>RunningElsewhere</c>): nothing is started or allocated for it.</summary>
    internal bool RunsElsewhere { get; private set; }

    internal IEnumerable<AllocatedPort> PortsToAllocate => RunsElsewhere ? [] : Ports;

    internal void MarkRunningElsewhere(int port)
    {
        var servicePort = ServicePort ?? throw new ArgumentException($"{this} is not a server; only servers can run elsewhere.");
        servicePort.Requested = null;
        servicePort.Assign(port);
        RunsElsewhere = true;
    }

    /// <summary>Where the resource can be reached, once its ports are allocated.</summary>
    internal virtual Uri? Url => null;

    public override string ToString() => $"{TypeName} '{Name}'";

    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    private static partial Regex ValidName();
}

internal enum WaitKind
{
    Healthy,
    Completion,
}

internal sealed record ResourceWait(Resource Target, WaitKind Kind);
