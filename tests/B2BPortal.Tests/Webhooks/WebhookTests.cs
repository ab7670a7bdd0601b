using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using B2BPortal.Contracts.Webhooks;
using B2BPortal.Tests.Infrastructure;

namespace B2BPortal.Tests.Webhooks;

/// <summary>
/// Partner webhooks across real processes: endpoints registered through the BFF, order events from the Order service through the
/// broker into the Webhooks service, delivered over HTTP to the local receiver, which verifies every signature itself.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class WebhookTests(PortalFixture portal) : IAsyncLifetime
{
    private HttpClient partner = null!;
    private readonly List<IDisposable> owned = [];

    public async Task InitializeAsync() => partner = await portal.PartnerAsync();

    public async Task DisposeAsync()
    {
        foreach (var endpoint in await partner.GetFromJsonAsync<List<WebhookEndpointDto>>(Hooks) ?? [])
        {
            using var _ = await partner.DeleteAsync($"{Hooks}/{endpoint.Id}");
        }

        partner.Dispose();
        owned.ForEach(o => o.Dispose());
    }

    private static string Hooks => $"/api/v1/accounts/{Demo.AcmeIndustrial}/webhooks";

    [Fact]
    public async Task A_receiver_verifies_the_signature_of_real_order_event_deliveries_and_the_log_shows_each_attempt()
    {
        var (receiver, endpoint) = await RegisterAsync([WebhookEventTypes.OrderPlaced]);

        var order = await OrderCalls.PlacedAsync(partner, Demo.AcmeIndustrial, TestOrders.Small(Demo.AcmeIndustrial, TestOrders.NewReference("HOOK")));
        var state = await receiver.WaitForEventsAsync(1);

        var placed = Assert.Single(state.Events);
        Assert.Equal((WebhookEventTypes.OrderPlaced, 0, 0), (placed.Type, placed.SecretIndex, state.Refused));
        using var body = JsonDocument.Parse(placed.Body);
        Assert.Equal(order.Number, body.RootElement.GetProperty("data").GetProperty("orderNumber").GetString());
        var delivery = Assert.Single(await DeliveriesAsync(endpoint.Endpoint.Id));
        Assert.Equal((placed.Id, WebhookDeliveryStatuses.Succeeded), (delivery.MessageId, delivery.Status));
        Assert.Equal(204, Assert.Single(delivery.Log).StatusCode);
    }

    [Fact]
    public async Task A_receiver_down_for_a_while_gets_every_event_afterwards_with_the_same_ids_and_nothing_twice_once_it_deduplicates()
    {
        var (receiver, endpoint) = await RegisterAsync([WebhookEventTypes.OrderPlaced]);
        await receiver.SetAsync(new { downForSeconds = 4 });

        for (var i = 0; i < 3; i++)
        {
            await OrderCalls.PlacedAsync(partner, Demo.AcmeIndustrial, TestOrders.Small(Demo.AcmeIndustrial, TestOrders.NewReference($"DOWN{i}")));
        }

        var state = await receiver.WaitForEventsAsync(3, TimeSpan.FromSeconds(40));
        var deliveries = await DeliveriesAsync(endpoint.Endpoint.Id);
        var retried = deliveries[0];
        using (var again = await partner.PostAsync($"{Hooks}/{endpoint.Endpoint.Id}/deliveries/{retried.Id}/redelivery", null))
        {
            Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        }

        var after = await Eventually.ReturnsAsync(async () => await receiver.StateAsync() is { Deliveries: 4 } s ? s : null, TimeSpan.FromSeconds(20),
            "the redelivery");

        Assert.Equal(3, deliveries.Count);
        Assert.All(deliveries, d => Assert.True(d.Attempts > 1 && d.Log.Any(a => a.StatusCode == 503), $"{d.MessageId}: {d.Attempts} attempt(s)"));
        Assert.Equal(deliveries.Select(d => d.MessageId).Order(), state.Events.Select(e => e.Id).Order());
        Assert.Equal(3, after.Events.Count);
        Assert.Equal(2, after.Events.Single(e => e.Id == retried.MessageId).Times);
    }

    [Theory]
    [InlineData("http://10.1.2.3/hooks/x")]
    [InlineData("http://169.254.169.254/latest/meta-data")]
    [InlineData("http://192.168.0.10:8080/hooks")]
    [InlineData("http://[fd00::1]/hooks")]
    public async Task An_endpoint_on_a_private_or_link_local_address_is_refused(string url)
    {
        using var response = await partner.PostAsJsonAsync(Hooks, new CreateWebhookEndpointRequest(url, [WebhookEventTypes.OrderPlaced]));
        var problem = (await response.Content.ReadFromJsonAsync<ValidationProblem>())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("private address", problem.Errors["url"][0]);
    }

    [Fact]
    public async Task After_a_rotation_receivers_holding_the_old_or_the_new_secret_both_verify_deliveries()
    {
        var (receiver, endpoint) = await RegisterAsync([WebhookEventTypes.OrderPlaced]);
        using var rotation = await partner.PostAsync($"{Hooks}/{endpoint.Endpoint.Id}/secret", null);
        Assert.Equal(HttpStatusCode.OK, rotation.StatusCode);
        var rotated = (await rotation.Content.ReadFromJsonAsync<WebhookSecretDto>())!;

        await SendTestAsync(endpoint.Endpoint.Id);
        await receiver.WaitForEventsAsync(1);
        await receiver.SetAsync(new { secrets = new[] { rotated.Secret } });
        await SendTestAsync(endpoint.Endpoint.Id);
        var state = await receiver.WaitForEventsAsync(2);

        Assert.NotEqual(endpoint.Secret, rotated.Secret);
        Assert.Equal(2, rotated.Endpoint.Secrets.Count);
        Assert.NotNull(rotated.PreviousExpiresAt);
        Assert.Equal([WebhookEventTypes.Test, WebhookEventTypes.Test], state.Events.Select(e => e.Type));
        Assert.Equal(0, state.Refused);
    }

    [Fact]
    public async Task An_endpoint_failing_too_long_is_disabled_its_owner_is_mailed_and_turned_on_again_it_gets_what_waited()
    {
        using var admin = await portal.SignInAsync(Demo.AcmeAdmin);
        var receiver = WebhookReceiver.New(portal);
        owned.Add(receiver);
        using var created = await admin.Http.PostAsJsonAsync(Hooks, new CreateWebhookEndpointRequest(receiver.Url, [WebhookEventTypes.OrderPlaced], "ERP test hook"));
        var endpoint = (await created.Content.ReadFromJsonAsync<WebhookSecretDto>())!;
        await receiver.SetAsync(new { secrets = new[] { endpoint.Secret }, downForSeconds = 600 });

        await SendTestAsync(endpoint.EndpointId, admin.Http);
        var disabled = await Eventually.ReturnsAsync(
            async () => await admin.Http.GetFromJsonAsync<WebhookEndpointDto>($"{Hooks}/{endpoint.EndpointId}") is { Status: WebhookEndpointStatuses.Disabled } e ? e : null,
            TimeSpan.FromSeconds(40), "the failing endpoint to be disabled");
        using var identity = new HttpClient { BaseAddress = portal.IdentityUrl };
        await Eventually.TrueAsync(async () => (await identity.GetStringAsync("dev/mailbox")).Contains(endpoint.Endpoint.Url, StringComparison.Ordinal),
            TimeSpan.FromSeconds(30), "the mail saying the endpoint was disabled");

        await receiver.SetAsync(new { downForSeconds = 0 });
        using (var on = await admin.Http.PatchAsJsonAsync($"{Hooks}/{endpoint.EndpointId}", new UpdateWebhookEndpointRequest(Status: WebhookEndpointStatuses.Active)))
        {
            Assert.Equal(HttpStatusCode.OK, on.StatusCode);
        }

        var state = await receiver.WaitForEventsAsync(1);
        var trail = await admin.Http.RecordsOfAsync(Demo.AcmeIndustrial, endpoint.EndpointId.ToString());

        Assert.Contains("failed since", disabled.DisabledReason);
        Assert.Equal(WebhookEventTypes.Test, Assert.Single(state.Events).Type);
        Assert.Equal(["webhook.endpoint-created", "webhook.test-sent", "webhook.endpoint-disabled", "webhook.endpoint-changed"], trail.Select(r => r.Action));
    }

    [Fact]
    public async Task Another_companys_endpoint_answers_404_by_its_id()
    {
        using var manager = await portal.SignInAsync(Demo.AccountManager);
        using var created = await manager.Http.PostAsJsonAsync($"/api/v1/accounts/{Demo.BorealisMining}/webhooks",
            new CreateWebhookEndpointRequest(WebhookReceiver.New(portal).Url, [WebhookEventTypes.OrderShipment]));
        var borealis = (await created.Content.ReadFromJsonAsync<WebhookSecretDto>())!;
        try
        {
            using var underOwnAccount = await partner.GetAsync($"{Hooks}/{borealis.EndpointId}");
            using var underTheirs = await partner.GetAsync($"/api/v1/accounts/{Demo.BorealisMining}/webhooks/{borealis.EndpointId}/deliveries");
            using var rotateTheirs = await partner.PostAsync($"{Hooks}/{borealis.EndpointId}/secret", null);

            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, underOwnAccount.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, underTheirs.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, rotateTheirs.StatusCode);
        }
        finally
        {
            using var _ = await manager.Http.DeleteAsync($"/api/v1/accounts/{Demo.BorealisMining}/webhooks/{borealis.EndpointId}");
        }
    }

    private sealed record ValidationProblem(string Title, Dictionary<string, string[]> Errors);

    private async Task<(WebhookReceiver Receiver, WebhookSecretDto Endpoint)> RegisterAsync(IReadOnlyList<string> types)
    {
        var receiver = WebhookReceiver.New(portal);
        owned.Add(receiver);
        using var created = await partner.PostAsJsonAsync(Hooks, new CreateWebhookEndpointRequest(receiver.Url, types, "Test receiver"));
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var endpoint = (await created.Content.ReadFromJsonAsync<WebhookSecretDto>())!;
        Assert.StartsWith("whsec_", endpoint.Secret);
        await receiver.SetAsync(new { secrets = new[] { endpoint.Secret } });
        return (receiver, endpoint);
    }

    private async Task SendTestAsync(Guid endpointId, HttpClient? caller = null)
    {
        using var sent = await (caller ?? partner).PostAsync($"{Hooks}/{endpointId}/test", null);
        Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);
    }

    private async Task<List<WebhookDeliveryDto>> DeliveriesAsync(Guid endpointId) =>
        (await partner.GetFromJsonAsync<List<WebhookDeliveryDto>>($"{Hooks}/{endpointId}/deliveries"))!;
}
