using System.Net.Http.Json;

namespace B2BPortal.Tests.Infrastructure;

/// <summary>The local webhook receiver (services/WebhookReceiver) as the tests drive it: a named hook's secrets, outages and log.</summary>
public sealed class WebhookReceiver(PortalFixture portal, string hook) : IDisposable
{
    private readonly HttpClient http = new() { BaseAddress = portal.App.GetEndpoint("webhook-receiver") };

    public string Url => new Uri(http.BaseAddress!, $"/hooks/{hook}").ToString();

    public static WebhookReceiver New(PortalFixture portal) => new(portal, Guid.NewGuid().ToString("N")[..12]);

    public Task SetAsync(object settings) => http.PutAsJsonAsync($"/hooks/{hook}", settings);

    public async Task<HookState> StateAsync() => (await http.GetFromJsonAsync<HookState>($"/hooks/{hook}"))!;

    /// <summary>Waits until the hook has kept <paramref name="count"/> events (each once by id).</summary>
    public async Task<HookState> WaitForEventsAsync(int count, TimeSpan? within = null) =>
        await Eventually.ReturnsAsync(async () => await StateAsync() is { } state && state.Events.Count >= count ? state : null,
            within ?? TimeSpan.FromSeconds(30), $"{count} webhook event(s) at hook {hook}");

    public void Dispose() => http.Dispose();

    public sealed record HookState(int Deliveries, int Refused, IReadOnlyList<ReceivedEvent> Events);

    public sealed record ReceivedEvent(string Id, string Type, string Body, int SecretIndex, DateTimeOffset At, int Times);
}
