namespace B2BPortal.Hosting.Processes;

/// <param name="Environment">Added to (and overriding) the orchestrator's own environment.</param>
internal sealed record ProcessSpec(
    string FileName,
    IReadOnlyList<string> Arguments,
    string WorkingDirectory,
    IReadOnlyDictionary<string, string>? Environment = null)
{
    public override string ToString() => string.Join(' ', [FileName, .. Arguments]);
}
