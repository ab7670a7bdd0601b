using System.Diagnostics;
using B2BPortal.Hosting.Logging;

namespace B2BPortal.Hosting.Processes;

/// <summary>
/// A process the orchestrator started, in a session of its own (so a Ctrl+C meant for the orchestrator does not reach it
/// before the orchestrator stops things in order), with stdin closed and every output line sent to the resource's log.
/// </summary>
internal sealed class ChildProcess : IDisposable
{
    private static readonly string? Setsid = ExecutableLocator.Find("setsid");

    private readonly Process process;
    private readonly TaskCompletionSource<int> exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ChildProcess(Process process)
    {
        this.process = process;
    }

    public int Pid { get; private set; }

    /// <summary>Completes with the exit code when the process ends, whether or not its output has been read to the end.</summary>
    public Task<int> Exited => exited.Task;

    public bool HasExited => exited.Task.IsCompleted;

    public static ChildProcess Start(ProcessSpec spec, ResourceLog log)
    {
        var fileName = ExecutableLocator.Find(spec.FileName) ?? throw new LaunchException($"'{spec.FileName}' was not found.");
        var startInfo = new ProcessStartInfo(Setsid ?? fileName)
        {
            WorkingDirectory = spec.WorkingDirectory,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (Setsid is not null)
        {
            startInfo.ArgumentList.Add("--wait");
            startInfo.ArgumentList.Add(fileName);
        }

        foreach (var argument in spec.Arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in spec.Environment ?? new Dictionary<string, string>())
        {
            startInfo.Environment[name] = value;
        }

        var child = new ChildProcess(new Process { StartInfo = startInfo, EnableRaisingEvents = true });
        child.Launch(log);
        return child;
    }

    public void Signal(int signal)
    {
        if (!HasExited)
        {
            PosixSignals.Send(Pid, signal);
        }
    }

    /// <summary>
    /// Asks the process to stop (<paramref name="requestStop"/>, or SIGTERM), waits up to <paramref name="grace"/>,
    /// then kills it with everything it started.
    /// </summary>
    public async Task StopAsync(TimeSpan grace, Func<CancellationToken, Task>? requestStop = null)
    {
        if (HasExited)
        {
            return;
        }

        using var deadline = new CancellationTokenSource(grace);
        try
        {
            if (requestStop is null)
            {
                Signal(PosixSignals.SIGTERM);
            }
            else
            {
                await requestStop(deadline.Token);
            }

            await Exited.WaitAsync(deadline.Token);
        }
        catch (Exception)
        {
            KillTree();
            await ((Task)Exited).WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>Waits, briefly, for the last output lines of a process that has exited.</summary>
    public async Task DrainOutputAsync()
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await process.WaitForExitAsync(limit.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    public void KillTree()
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    public void Dispose() => process.Dispose();

    private void Launch(ResourceLog log)
    {
        process.OutputDataReceived += (_, line) => WriteLine(log, line.Data, LogLineKind.StandardOutput);
        process.ErrorDataReceived += (_, line) => WriteLine(log, line.Data, LogLineKind.StandardError);
        process.Exited += (_, _) => exited.TrySetResult(process.ExitCode);
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new LaunchException($"Could not start {process.StartInfo.FileName}: {exception.Message}");
        }

        Pid = process.Id;
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    private static void WriteLine(ResourceLog log, string? line, LogLineKind kind)
    {
        if (line is not null)
        {
            log.Write(line, kind);
        }
    }
}
