using System.Globalization;
using B2BPortal.Hosting.Processes;

namespace B2BPortal.Hosting.Servers.Postgres;

internal sealed record PostgresBinaries(string Directory)
{
    public string InitDb => Path.Combine(Directory, "initdb");

    public string Server => Path.Combine(Directory, "postgres");

    public string PgCtl => Path.Combine(Directory, "pg_ctl");

    /// <summary>The highest version under /usr/lib/postgresql (Debian's layout), else whatever is on PATH.</summary>
    public static PostgresBinaries Locate()
    {
        var debianLayout = System.IO.Directory.Exists("/usr/lib/postgresql")
            ? System.IO.Directory.EnumerateDirectories("/usr/lib/postgresql")
                .Select(versionDirectory => (Version: VersionOf(versionDirectory), Bin: Path.Combine(versionDirectory, "bin")))
                .Where(candidate => File.Exists(Path.Combine(candidate.Bin, "postgres")))
                .OrderByDescending(candidate => candidate.Version)
                .Select(candidate => candidate.Bin)
                .FirstOrDefault()
            : null;

        var directory = debianLayout ?? Path.GetDirectoryName(ExecutableLocator.Find("initdb") ?? "");
        return string.IsNullOrEmpty(directory)
            ? throw new LaunchException("PostgreSQL was not found: install it (apt-get install -y postgresql) or start a Docker engine.")
            : new PostgresBinaries(directory);
    }

    private static double VersionOf(string directory) =>
        double.TryParse(Path.GetFileName(directory), NumberStyles.Float, CultureInfo.InvariantCulture, out var version) ? version : 0;
}
