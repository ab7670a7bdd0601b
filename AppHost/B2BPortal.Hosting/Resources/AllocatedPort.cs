namespace B2BPortal.Hosting;

/// <summary>A TCP port a resource listens on: requested explicitly, or chosen when the application starts and kept until it stops.</summary>
internal sealed class AllocatedPort(string owner, int? requested, int? preferred)
{
    private int? value;

    public string Owner { get; } = owner;

    public int? Requested { get; set; } = requested;

    public int? Preferred { get; } = preferred;

    public bool IsAllocated => value is not null;

    public int Value => value ?? throw new InvalidOperationException(
        $"The port of '{Owner}' is chosen when the application starts; start it before asking for addresses.");

    public void Assign(int port) => value = port;
}
