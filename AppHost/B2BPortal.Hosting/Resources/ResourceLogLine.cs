namespace B2BPortal.Hosting;

public enum LogLineKind
{
    StandardOutput,
    StandardError,

    /// <summary>Written by the orchestrator about the resource (state changes, restarts).</summary>
    Orchestrator,
}

public sealed record ResourceLogLine(string Resource, DateTimeOffset Timestamp, string Text, LogLineKind Kind);
