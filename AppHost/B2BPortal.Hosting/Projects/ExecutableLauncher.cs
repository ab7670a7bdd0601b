using B2BPortal.Hosting.Logging;
using B2BPortal.Hosting.Orchestration;
using B2BPortal.Hosting.Processes;

namespace B2BPortal.Hosting.Projects;

internal sealed class ExecutableLauncher(ExecutableResource executable, HostingContext context, ResourceLog log) : ResourceLauncher(context, log)
{
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(10);

    public override Task<RunningInstance> LaunchAsync(CancellationToken cancellationToken)
    {
        var workingDirectory = Path.Combine(Context.Settings.RepositoryRoot, executable.WorkingDirectory);
        if (!Directory.Exists(workingDirectory))
        {
            throw new LaunchException($"Working directory {workingDirectory} does not exist.");
        }

        var command = ExecutableLocator.Require(executable.Command, $"'{executable.Name}' needs it.");
        var spec = new ProcessSpec(command, executable.Arguments, workingDirectory, EnvironmentComposer.ForExecutable(executable));
        var process = StartTracked(executable.Name, spec);
        var instance = new RunningInstance(process, RunningInstance.NoHealthCheck, () => process.StopAsync(StopGrace));
        return Task.FromResult(instance);
    }
}
