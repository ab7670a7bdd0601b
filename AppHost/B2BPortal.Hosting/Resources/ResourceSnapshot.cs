namespace B2BPortal.Hosting;

/// <summary>One resource as it is now. <paramref name="Message"/> says why it failed or what it waits for.</summary>
public sealed record ResourceSnapshot(
    string Name,
    string Type,
    ResourceState State,
    Uri? Url,
    int? Pid,
    DateTimeOffset? StartedAt,
    int RestartCount,
    int? ExitCode,
    string? Message)
{
    public ResourceHealth Health => State switch
    {
        ResourceState.Healthy => ResourceHealth.Healthy,
        ResourceState.Unhealthy => ResourceHealth.Unhealthy,
        _ => ResourceHealth.Unknown,
    };
}
