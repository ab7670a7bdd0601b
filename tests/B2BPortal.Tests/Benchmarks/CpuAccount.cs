namespace B2BPortal.Tests.Benchmarks;

/// <summary>
/// CPU time every process on the machine has used, read from <c>/proc</c> (Linux): taken before and after a load run, the
/// difference says which part of the system the run's work went to, per order, and how much of the cores' time the hypervisor
/// gave to other machines (steal), which moves latencies between runs. Reading it costs nothing the run would notice.
/// </summary>
internal sealed class CpuAccount
{
    private static readonly double TicksPerSecond = 100; // USER_HZ, 100 on every Linux this runs on

    private readonly Dictionary<int, (string Name, long Ticks)> processes;
    private readonly long idleTicks;
    private readonly long stolenTicks;
    private readonly long allTicks;

    private CpuAccount(Dictionary<int, (string, long)> processes, long idleTicks, long stolenTicks, long allTicks)
    {
        this.processes = processes;
        this.idleTicks = idleTicks;
        this.stolenTicks = stolenTicks;
        this.allTicks = allTicks;
    }

    public static CpuAccount? Take()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        var found = new Dictionary<int, (string, long)>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid) || Read(pid) is not { } process)
            {
                continue;
            }

            found[pid] = process;
        }

        var total = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(long.Parse).ToArray();
        // user nice system idle iowait irq softirq steal: steal is time the hypervisor gave this machine's cores to others.
        return new CpuAccount(found, total[3] + total[4], total[7], total.Take(8).Sum());
    }

    /// <summary>Milliseconds of CPU per unit of work in all, by process for the twelve largest, and how busy the machine's cores were.</summary>
    public string Since(CpuAccount before, int work)
    {
        var used = new Dictionary<string, long>();
        foreach (var (pid, (name, ticks)) in processes)
        {
            var earlier = before.processes.TryGetValue(pid, out var was) && was.Name == name ? was.Ticks : 0;
            used[name] = used.GetValueOrDefault(name) + ticks - earlier;
        }

        var elapsed = Math.Max(1, allTicks - before.allTicks);
        var busy = 1 - (double)(idleTicks - before.idleTicks) / elapsed;
        var stolen = (double)(stolenTicks - before.stolenTicks) / elapsed;
        var perWork = used.Where(u => u.Value > 0).OrderByDescending(u => u.Value).Take(12)
            .Select(u => $"{u.Key} {u.Value * 1000 / TicksPerSecond / work:0.00}");
        var sum = used.Values.Where(v => v > 0).Sum() * 1000 / TicksPerSecond / work;
        return $"cores {busy:P0} busy ({stolen:P0} taken by the host); CPU ms per order {sum:0.0}: {string.Join(", ", perWork)}";
    }

    private static (string, long)? Read(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11]) + long.Parse(fields[12]); // utime, stime (fields 14 and 15 of stat)
            return (NameOf(pid, stat[(stat.IndexOf('(') + 1)..stat.LastIndexOf(')')]), ticks);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }

    /// <summary>A .NET process by its assembly (B2BPortal.Order.dll → Order), anything else by its command.</summary>
    private static string NameOf(int pid, string command)
    {
        if (command is not ("dotnet" or "testhost"))
        {
            return command == "beam.smp" ? "rabbitmq" : command;
        }

        var arguments = File.ReadAllText($"/proc/{pid}/cmdline").Split('\0');
        var assembly = arguments.FirstOrDefault(a => a.EndsWith(".dll", StringComparison.Ordinal));
        return assembly is null ? command : Path.GetFileNameWithoutExtension(assembly).Replace("B2BPortal.", "", StringComparison.Ordinal);
    }
}
