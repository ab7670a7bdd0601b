using System.Diagnostics;
using B2BPortal.Hosting;
using B2BPortal.Tests.Infrastructure;

namespace B2BPortal.Tests.Hosting;

[Collection(PortalCollection.Name)]
public sealed class SupervisionTests(PortalFixture portal)
{
    [Fact]
    public async Task A_service_that_crashes_is_restarted_on_its_port_and_says_so()
    {
        const string service = "account";
        var before = Snapshot(service);
        Assert.Equal(ResourceState.Healthy, before.State);

        using (var process = Process.GetProcessById(before.Pid!.Value))
        {
            process.Kill();
        }

        await Eventually.TrueAsync(() => Task.FromResult(Snapshot(service).RestartCount == before.RestartCount + 1),
            TimeSpan.FromSeconds(30), "the crash to be noticed");
        Assert.Contains("restarting in", Snapshot(service).Message);

        var after = await Eventually.ReturnsAsync(
            () => Task.FromResult(Snapshot(service) is { State: ResourceState.Healthy } healthy ? healthy : null),
            TimeSpan.FromSeconds(60), "the restarted service to be healthy");
        Assert.NotEqual(before.Pid, after.Pid);
        Assert.Equal(before.Url, after.Url);

        using var http = new HttpClient();
        var health = await http.GetAsync(new Uri(after.Url!, "/health"));
        Assert.True(health.IsSuccessStatusCode, $"/health answered {(int)health.StatusCode}");
    }

    private ResourceSnapshot Snapshot(string name) => portal.App.Resources.Single(resource => resource.Name == name);
}
