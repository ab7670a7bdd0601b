using B2BPortal.Hosting.Logging;

namespace B2BPortal.Hosting.Processes;

internal sealed record CommandResult(int ExitCode, IReadOnlyList<string> Output)
{
    public bool Succeeded => ExitCode == 0;
}

/// <summary>Runs a command to completion, its output going to a resource's log and into the result.</summary>
internal static class CommandRunner
{
    public static async Task<CommandResult> RunAsync(ProcessSpec spec, ResourceLog log, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var output = new List<string>();
        var capture = new ResourceLog(log.ResourceName, 200, line =>
        {
            lock (output)
            {
                output.Add(line.Text);
            }

            log.Write(line.Text, line.Kind);
        });

        using var child = ChildProcess.Start(spec, capture);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        int exitCode;
        try
        {
            exitCode = await child.Exited.WaitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            child.KillTree();
            cancellationToken.ThrowIfCancellationRequested();
            throw new LaunchException($"'{spec}' did not finish within {timeout.TotalSeconds:0} s.");
        }

        await child.DrainOutputAsync();
        lock (output)
        {
            return new CommandResult(exitCode, [.. output]);
        }
    }

    /// <summary>Runs a command that must succeed; otherwise fails with its last output lines.</summary>
    public static async Task RunCheckedAsync(ProcessSpec spec, ResourceLog log, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var result = await RunAsync(spec, log, timeout, cancellationToken);
        if (!result.Succeeded)
        {
            throw new LaunchException(
                $"'{spec}' exited with code {result.ExitCode}: {string.Join(Environment.NewLine, result.Output.TakeLast(10))}");
        }
    }
}
