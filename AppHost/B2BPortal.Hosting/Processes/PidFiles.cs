using System.Globalization;

namespace B2BPortal.Hosting.Processes;

/// <summary>
/// One file per running child ("pid start-time stop-signal"), removed when the child exits. Files still there at the next start
/// were left by a run that was killed: their processes are stopped before anything else starts.
/// </summary>
internal sealed class PidFiles(string directory)
{
    private static readonly TimeSpan StaleStopGrace = TimeSpan.FromSeconds(10);

    public void Track(string name, ChildProcess child, int stopSignal = PosixSignals.SIGTERM)
    {
        if (ProcessTree.StartTime(child.Pid) is not { } startTime)
        {
            return;
        }

        Directory.CreateDirectory(directory);
        var path = PathOf(name);
        var content = string.Create(CultureInfo.InvariantCulture, $"{child.Pid} {startTime} {stopSignal}");
        File.WriteAllText(path, content);
        child.Exited.ContinueWith(_ => RemoveIfUnchanged(path, content), TaskScheduler.Default);
    }

    /// <summary>Stops every process a previous run left behind; returns a line for each one stopped.</summary>
    public async Task<IReadOnlyList<string>> StopLeftoversAsync()
    {
        if (!Directory.Exists(directory))
        {
            return [];
        }

        var stops = Directory.EnumerateFiles(directory, "*.pid").Select(StopLeftoverAsync).ToList();
        return [.. (await Task.WhenAll(stops)).OfType<string>()];
    }

    private async Task<string?> StopLeftoverAsync(string path)
    {
        var fields = File.ReadAllText(path).Split(' ');
        File.Delete(path);
        if (fields.Length != 3
            || !int.TryParse(fields[0], CultureInfo.InvariantCulture, out var pid)
            || !long.TryParse(fields[1], CultureInfo.InvariantCulture, out var startTime)
            || !int.TryParse(fields[2], CultureInfo.InvariantCulture, out var signal)
            || !ProcessTree.IsRunning(pid, startTime))
        {
            return null;
        }

        PosixSignals.Send(pid, signal);
        var deadline = DateTime.UtcNow + StaleStopGrace;
        while (ProcessTree.IsRunning(pid, startTime) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        if (ProcessTree.IsRunning(pid, startTime))
        {
            ProcessTree.Kill(pid);
        }

        return $"stopped {Path.GetFileNameWithoutExtension(path)} (pid {pid}) left running by a previous run";
    }

    private string PathOf(string name) => Path.Combine(directory, $"{name}.pid");

    private static void RemoveIfUnchanged(string path, string content)
    {
        try
        {
            if (File.Exists(path) && File.ReadAllText(path) == content)
            {
                File.Delete(path);
            }
        }
        catch (IOException)
        {
            // Best effort: a leftover file is checked against the process start time anyway.
        }
    }
}
