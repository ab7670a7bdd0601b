using B2BPortal.Hosting.Logging;

namespace B2BPortal.Hosting.Orchestration;

/// <summary>A resource with no process of its own (a database, a schema): healthy once provisioned inside its parent.</summary>
internal sealed class ProvisioningRunner(
    Resource resource,
    ResourceLog log,
    Action<ResourceSnapshot> onChanged,
    Func<ResourceLog, CancellationToken, Task> provision)
    : ResourceRunner(resource, log, onChanged)
{
    private const int Attempts = 3;

    protected override async Task RunAsync(CancellationToken stopping)
    {
        if (!await WaitForDependenciesAsync(stopping))
        {
            return;
        }

        SetState(ResourceState.Starting, "provisioning");
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await provision(Log, stopping);
                break;
            }
            catch (Exception exception) when (!stopping.IsCancellationRequested && attempt < Attempts)
            {
                Log.Notice($"provisioning failed ({exception.Message}); retrying");
                await Task.Delay(TimeSpan.FromSeconds(attempt), stopping);
            }
            catch (Exception exception) when (!stopping.IsCancellationRequested)
            {
                Fail($"provisioning failed: {exception.Message}");
                return;
            }
        }

        Update(current => current with { State = ResourceState.Healthy, StartedAt = DateTimeOffset.Now, Message = null });
        await Task.Delay(Timeout.Infinite, stopping);
    }
}
