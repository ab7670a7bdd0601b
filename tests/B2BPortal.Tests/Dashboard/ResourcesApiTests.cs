using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using B2BPortal.Tests.Infrastructure;

namespace B2BPortal.Tests.Dashboard;

/// <summary>The dashboard's view of AppHost's resources: state, console output, environment with secrets masked, restart.</summary>
[Collection(PortalCollection.Name)]
public sealed class ResourcesApiTests(PortalFixture portal)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    [Fact]
    public async Task Every_resource_is_listed_with_its_state_and_its_console_output()
    {
        using var dashboard = new HttpClient { BaseAddress = portal.Dashboard.UiUrl };
        var resources = await dashboard.GetFromJsonAsync<List<ResourceView>>("/api/resources", Json);
        Assert.Contains(resources!, r => r.Name == "order" && r.State == "Healthy" && r.Url!.StartsWith("http://", StringComparison.Ordinal));
        Assert.Contains(resources!, r => r.Name == "postgres" && r.State == "Healthy");
        var console = await dashboard.GetFromJsonAsync<List<string>>("/api/resources/order/console");
        Assert.Contains(console!, line => line.Contains("Now listening on", StringComparison.Ordinal));
        using var unknown = await dashboard.GetAsync("/api/resources/no-such-thing/console");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task The_environment_shows_what_AppHost_set_with_passwords_masked()
    {
        using var dashboard = new HttpClient { BaseAddress = portal.Dashboard.UiUrl };
        var environment = (await dashboard.GetFromJsonAsync<List<Variable>>("/api/resources/order/environment"))!.ToDictionary(v => v.Name, v => v.Value);

        Assert.Equal("order", environment["OTEL_SERVICE_NAME"]);
        Assert.Contains("Password=••••••", environment["ConnectionStrings__orderdb"], StringComparison.Ordinal);
        Assert.StartsWith("amqp://guest:••••••@", environment["ConnectionStrings__messaging"], StringComparison.Ordinal);
        Assert.DoesNotContain(environment.Values, value => value.Contains("dev-only", StringComparison.Ordinal) || value.Contains(":guest@", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_restart_stops_the_service_and_brings_it_back_healthy()
    {
        using var dashboard = new HttpClient { BaseAddress = portal.Dashboard.UiUrl };
        var before = (await dashboard.GetFromJsonAsync<List<ResourceView>>("/api/resources", Json))!.Single(r => r.Name == "quote");

        using var restart = await dashboard.PostAsync("/api/resources/quote/restart", null);

        Assert.Equal(HttpStatusCode.NoContent, restart.StatusCode);
        var after = (await dashboard.GetFromJsonAsync<List<ResourceView>>("/api/resources", Json))!.Single(r => r.Name == "quote");
        Assert.Equal("Healthy", after.State);
        Assert.NotEqual(before.Pid, after.Pid);
        Assert.True(after.StartedAt > before.StartedAt);
    }

    private sealed record ResourceView(string Name, string Type, string State, string? Url, int? Pid, DateTimeOffset? StartedAt, int RestartCount);

    private sealed record Variable(string Name, string Value);
}
