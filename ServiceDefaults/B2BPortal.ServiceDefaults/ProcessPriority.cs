using System.Diagnostics;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Configuration;

namespace B2BPortal.ServiceDefaults;

/// <summary>
/// <c>Process:Priority</c> (<c>BelowNormal</c> or <c>Idle</c>; unset leaves the process as it was started): lowers the host's CPU
/// priority, so background work (the ERP adapter, the ERP simulator standing in for another company's system) waits for CPU the
/// services answering buyers leave over, instead of queueing in front of them. A process is never raised.
/// </summary>
internal static class ProcessPriority
{
    private const int PriorityOfProcess = 0; // PRIO_PROCESS: on Linux, "process" means one thread

    public static void ApplyFrom(IConfiguration configuration)
    {
        if (configuration["Process:Priority"] is not { Length: > 0 } setting)
        {
            return;
        }

        var priority = Enum.TryParse<ProcessPriorityClass>(setting, ignoreCase: true, out var parsed) && parsed is ProcessPriorityClass.BelowNormal or ProcessPriorityClass.Idle
            ? parsed
            : throw new InvalidOperationException($"Process:Priority is '{setting}'; give BelowNormal or Idle, or leave it unset.");
        if (!OperatingSystem.IsLinux())
        {
            Process.GetCurrentProcess().PriorityClass = priority;
            return;
        }

        // Linux keeps a nice value per thread and a new thread takes its creator's, so lowering every thread there is now lowers the
        // process for good (Process.PriorityClass would lower only the main thread).
        var nice = priority == ProcessPriorityClass.Idle ? 19 : 10;
        foreach (var thread in Directory.EnumerateDirectories("/proc/self/task"))
        {
            if (int.TryParse(Path.GetFileName(thread), out var threadId))
            {
                _ = SetPriority(PriorityOfProcess, threadId, nice);
            }
        }
    }

    // DllImport rather than LibraryImport: the signature is blittable, and LibraryImport would need unsafe code in the project.
#pragma warning disable SYSLIB1054
    [DllImport("libc", EntryPoint = "setpriority")]
    private static extern int SetPriority(int which, int who, int priority);
#pragma warning restore SYSLIB1054
}
