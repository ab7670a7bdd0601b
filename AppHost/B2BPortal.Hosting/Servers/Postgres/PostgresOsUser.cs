using B2BPortal.Hosting.Logging;
using B2BPortal.Hosting.Processes;

namespace B2BPortal.Hosting.Servers.Postgres;

/// <summary>
/// PostgreSQL refuses to run as root. As root, its files belong to the 'postgres' OS user and its programs run as that user:
/// one-shot commands through runuser, the server through setpriv (which execs, so the supervised pid is the postmaster's).
/// </summary>
internal sealed class PostgresOsUser(bool isRoot)
{
    private const string UserName = "postgres";

    public ProcessSpec Command(ProcessSpec spec) =>
        isRoot ? spec with { FileName = "runuser", Arguments = ["-u", UserName, "--", spec.FileName, .. spec.Arguments] } : spec;

    public ProcessSpec LongRunning(ProcessSpec spec) =>
        isRoot
            ? spec with { FileName = "setpriv", Arguments = ["--reuid", UserName, "--regid", UserName, "--init-groups", "--", spec.FileName, .. spec.Arguments] }
            : spec;

    /// <summary>Creates the directories; as root hands them to 'postgres' and lets it reach them through the state directory.</summary>
    public async Task PrepareDirectoriesAsync(string stateDirectory, IReadOnlyList<string> directories, ResourceLog log, CancellationToken cancellationToken)
    {
        foreach (var directory in directories)
        {
            Directory.CreateDirectory(directory);
        }

        if (!isRoot || OperatingSystem.IsWindows())
        {
            return;
        }

        var stateMode = File.GetUnixFileMode(stateDirectory);
        File.SetUnixFileMode(stateDirectory, stateMode | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        var chown = new ProcessSpec("chown", [$"{UserName}:{UserName}", .. directories], stateDirectory);
        await CommandRunner.RunCheckedAsync(chown, log, TimeSpan.FromSeconds(30), cancellationToken);
    }
}
