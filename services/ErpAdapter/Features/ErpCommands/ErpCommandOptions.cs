namespace B2BPortal.ErpAdapter.Features.ErpCommands;

/// <summary>How commands are sent to the ERP (<c>Erp:Commands:*</c>).</summary>
public sealed class ErpCommandOptions
{
    /// <summary>How often an idle dispatcher looks for due commands (it is woken at once for commands its own instance stored).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public int BatchSize { get; set; } = 20;

    /// <summary>How long an instance holds the commands it is sending before another may take them (it crashed, say).</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The longest a failed command waits before it is tried again; it is tried again for as long as it takes.</summary>
    public TimeSpan MaxRetryInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Failed sends in a row after which the ERP counts as down: the dispatcher pauses, then probes with one command.</summary>
    public int OutageThreshold { get; set; } = 3;

    /// <summary>The longest pause between probes while the ERP is down.</summary>
    public TimeSpan MaxProbeInterval { get; set; } = TimeSpan.FromSeconds(15);
}
