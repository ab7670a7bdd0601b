using System.Net.Http.Json;
using System.Text.Json;
using B2BPortal.Tests.Infrastructure;

namespace B2BPortal.Tests.Orders;

[Collection(PortalCollection.Name)]
public sealed class HealthTests(PortalFixture portal)
{
    [Theory]
    [InlineData("order", new[] { "postgres", "masstransit-bus" })]
    [InlineData("erp-adapter", new[] { "postgres", "masstransit-bus" })]
    [InlineData("bff", new[] { "redis" })]
    public async Task Health_reports_every_dependency_the_host_uses_and_alive_answers(string service, string[] dependencies)
    {
        using var http = new HttpClient { BaseAddress = portal.App.GetEndpoint(service) };

        var report = await http.GetFromJsonAsync<JsonElement>("/health");
        var alive = await http.GetAsync("/alive");

        Assert.Equal("Healthy", report.GetProperty("status").GetString());
        var checks = report.GetProperty("checks");
        foreach (var dependency in dependencies)
        {
            Assert.True(checks.TryGetProperty(dependency, out var check), $"{service} /health has no '{dependency}' check: {checks}");
            Assert.Equal("Healthy", check.GetProperty("status").GetString());
        }

        Assert.True(alive.IsSuccessStatusCode);
    }
}
