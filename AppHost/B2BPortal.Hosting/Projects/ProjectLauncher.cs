using B2BPortal.Hosting.Logging;
using B2BPortal.Hosting.Orchestration;
using B2BPortal.Hosting.Processes;

namespace B2BPortal.Hosting.Projects;

/// <summary>Runs a project's built dll with <c>dotnet</c>, from the project's folder; healthy when <c>/health</c> answers 200.</summary>
internal sealed class ProjectLauncher(ProjectResource project, HostingContext context, ResourceLog log) : ResourceLauncher(context, log)
{
    private const string TargetFramework = "net10.0";
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(10);

    public override Task<RunningInstance> LaunchAsync(CancellationToken cancellationToken)
    {
        var settings = Context.Settings;
        var projectFile = Path.Combine(settings.RepositoryRoot, project.ProjectPath);
        var projectDirectory = Path.GetDirectoryName(projectFile)!;
        var assembly = Path.Combine(projectDirectory, "bin", settings.Configuration, TargetFramework, $"{Path.GetFileNameWithoutExtension(projectFile)}.dll");
        if (!File.Exists(assembly))
        {
            throw new LaunchException(
                $"{assembly} does not exist. Build the solution first: dotnet build B2BPortal.sln -c {settings.Configuration}");
        }

        var spec = new ProcessSpec(DotnetHost(), [assembly], projectDirectory, EnvironmentComposer.ForProject(project, settings));
        var process = StartTracked(project.Name, spec);
        var healthUrl = new Uri(project.Endpoint, "/health");
        var instance = new RunningInstance(
            process,
            probe => HttpHealthProbe.AnswersOkAsync(Context.Http, healthUrl, probe),
            () => process.StopAsync(StopGrace));
        return Task.FromResult(instance);
    }

    /// <summary>The dotnet host running this process when there is one (dotnet test, dotnet run), else dotnet on PATH.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } hostPath && File.Exists(hostPath)
            ? hostPath
            : ExecutableLocator.Require("dotnet", "Install the .NET SDK.");
}
