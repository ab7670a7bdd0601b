using B2BPortal.Hosting.Logging;
using B2BPortal.Hosting.Processes;

namespace B2BPortal.Hosting.Servers.Containers;

public static class DockerEngine
{
    /// <summary>True when a docker CLI is installed and <c>docker info</c> answers within a few seconds.</summary>
    public static async Task<bool> IsAvailableAsync(CancellationToken cancellationToken)
    {
        if (ExecutableLocator.Find("docker") is null)
        {
            return false;
        }

        try
        {
            var quiet = new ResourceLog("docker", 100, _ => { });
            var result = await CommandRunner.RunAsync(
                new ProcessSpec("docker", ["info"], Environment.CurrentDirectory), quiet, TimeSpan.FromSeconds(5), cancellationToken);
            return result.Succeeded;
        }
        catch (LaunchException)
        {
            return false;
        }
    }
}
