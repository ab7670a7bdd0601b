using System.Globalization;

namespace B2BPortal.LocalServers.Postgres;

/// <summary>
/// The PostgreSQL programs (the highest version under /usr/lib/postgresql, Debian's layout, else PATH), and how to run them:
/// PostgreSQL refuses to run as root, so as root they run as the 'postgres' OS user, one-shot commands through runuser and the
/// server through setpriv (which execs, so the process DCP watches is the postmaster itself).
/// </summary>
internal sealed record PostgresInstallation(string BinDirectory, bool AsPostgresUser)
{
    private const string OsUser = "postgres";

    public static PostgresInstallation Locate()
    {
        var debianLayout = Directory.Exists("/usr/lib/postgresql")
            ? Directory.EnumerateDirectories("/usr/lib/postgresql")
                .Select(versionDirectory => (Version: VersionOf(versionDirectory), Bin: Path.Combine(versionDirectory, "bin")))
                .Where(candidate => File.Exists(Path.Combine(candidate.Bin, "postgres")))
                .OrderByDescending(candidate => candidate.Version)
                .Select(candidate => candidate.Bin)
                .FirstOrDefault()
            : null;
        var directory = debianLayout ?? Path.GetDirectoryName(ExecutableLocator.Find("initdb") ?? "");
        return string.IsNullOrEmpty(directory)
            ? throw new MissingProgramException("PostgreSQL was not found: install it (apt-get install -y postgresql).")
            : new PostgresInstallation(directory, !OperatingSystem.IsWindows() && Environment.UserName == "root");
    }

    /// <summary>The server's command line: the program DCP starts and the arguments before the server's own.</summary>
    public (string Command, string[] Prefix) Server => AsPostgresUser
        ? ("setpriv", ["--reuid", OsUser, "--regid", OsUser, "--init-groups", "--", Program("postgres")])
        : (Program("postgres"), []);

    public Task RunAsync(string program, IEnumerable<string> arguments, string workingDirectory, CancellationToken cancellationToken) =>
        AsPostgresUser
            ? OneShotCommand.RunAsync("runuser", ["-u", OsUser, "--", Program(program), .. arguments], workingDirectory, cancellationToken)
            : OneShotCommand.RunAsync(Program(program), arguments, workingDirectory, cancellationToken);

    /// <summary>Creates the directories; as root hands them to 'postgres' and lets it reach them through the state folder.</summary>
    public async Task PrepareDirectoriesAsync(string stateDirectory, IReadOnlyList<string> directories, CancellationToken cancellationToken)
    {
        foreach (var directory in directories)
        {
            Directory.CreateDirectory(directory);
        }

        if (!AsPostgresUser || OperatingSystem.IsWindows())
        {
            return;
        }

        File.SetUnixFileMode(stateDirectory, File.GetUnixFileMode(stateDirectory) | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        await OneShotCommand.RunAsync("chown", [$"{OsUser}:{OsUser}", .. directories], stateDirectory, cancellationToken);
    }

    private string Program(string name) => Path.Combine(BinDirectory, name);

    private static double VersionOf(string directory) =>
        double.TryParse(Path.GetFileName(directory), NumberStyles.Float, CultureInfo.InvariantCulture, out var version) ? version : 0;
}
