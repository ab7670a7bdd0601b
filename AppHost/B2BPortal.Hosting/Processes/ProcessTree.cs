using System.Globalization;

namespace B2BPortal.Hosting.Processes;

/// <summary>Processes by pid, read from /proc: for cleaning up after a run that was killed and could not clean up itself.</summary>
internal static class ProcessTree
{
    /// <summary>Start time in clock ticks since boot; with the pid it identifies one process even after pids are reused.</summary>
    public static long? StartTime(int pid) => ReadStat(pid) is { } fields ? long.Parse(fields[19], CultureInfo.InvariantCulture) : null;

    /// <summary>Whether the process that had this start time is still there and not a zombie.</summary>
    public static bool IsRunning(int pid, long startTime) =>
        ReadStat(pid) is { } fields && fields[0] != "Z" && long.Parse(fields[19], CultureInfo.InvariantCulture) == startTime;

    public static IReadOnlyList<int> Descendants(int pid)
    {
        var children = new Dictionary<int, List<int>>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), out var candidate) && ReadStat(candidate) is { } fields)
            {
                var parent = int.Parse(fields[1], CultureInfo.InvariantCulture);
                (children.TryGetValue(parent, out var list) ? list : children[parent] = []).Add(candidate);
            }
        }

        var result = new List<int>();
        var pending = new Queue<int>([pid]);
        while (pending.TryDequeue(out var current))
        {
            foreach (var child in children.GetValueOrDefault(current) ?? [])
            {
                result.Add(child);
                pending.Enqueue(child);
            }
        }

        return result;
    }

    public static void Kill(int pid)
    {
        foreach (var member in Descendants(pid).Prepend(pid))
        {
            PosixSignals.Send(member, PosixSignals.SIGKILL);
        }
    }

    /// <summary>The fields after the command name: [0] is the state, [1] the parent pid, [19] the start time.</summary>
    private static string[]? ReadStat(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
