using System.Reflection;
using B2BPortal.Hosting.Processes;

namespace B2BPortal.Hosting;

/// <summary><see cref="DistributedApplicationOptions"/> with every default resolved.</summary>
internal sealed record HostingSettings(
    string RepositoryRoot,
    string StateDirectory,
    bool ResetState,
    string Configuration,
    bool ConsoleOutput,
    string? OtlpEndpoint,
    string? OtlpHeaders,
    bool? UseContainers,
    bool PreferDefaultPorts,
    TimeSpan StartupTimeout,
    int LogLinesPerResource,
    bool IsRoot)
{
    private const string SolutionFile = "B2BPortal.sln";

    public string PidDirectory => Path.Combine(StateDirectory, "pids");

    public static HostingSettings Resolve(DistributedApplicationOptions options)
    {
        var repositoryRoot = Path.GetFullPath(options.RepositoryRoot ?? FindRepositoryRoot());
        var stateDirectory = Path.GetFullPath(options.StateDirectory ?? Path.Combine(repositoryRoot, "AppHost", ".state"));
        return new HostingSettings(
            repositoryRoot,
            stateDirectory,
            options.ResetState,
            options.Configuration ?? BuildConfiguration(),
            options.ConsoleOutput,
            options.OtlpEndpoint,
            options.OtlpHeaders,
            options.UseContainers,
            options.PreferDefaultPorts,
            options.StartupTimeout,
            Math.Max(100, options.LogLinesPerResource),
            PosixSignals.IsRoot);
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException(
            $"No {SolutionFile} above {AppContext.BaseDirectory}; set {nameof(DistributedApplicationOptions.RepositoryRoot)}.");
    }

    private static string BuildConfiguration() =>
        typeof(HostingSettings).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
}
