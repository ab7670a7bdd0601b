namespace B2BPortal.Hosting;

/// <summary>How start-up went: every resource up, or which failed, or which were still not up when the timeout passed.</summary>
public sealed record StartupSummary(TimeSpan Elapsed, IReadOnlyList<ResourceSnapshot> Resources, IReadOnlyList<string> Failed, IReadOnlyList<string> NotUp)
{
    public bool Succeeded => Failed.Count == 0 && NotUp.Count == 0;
}
