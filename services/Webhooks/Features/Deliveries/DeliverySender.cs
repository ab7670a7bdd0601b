using System.Diagnostics;
using System.Text;
using B2BPortal.Webhooks.Features.Endpoints;
using Microsoft.Extensions.Options;
using StandardWebhooks;

namespace B2BPortal.Webhooks.Features.Deliveries;

/// <summary>What one attempt came to.</summary>
public sealed record AttemptOutcome(bool Succeeded, int? StatusCode, int LatencyMs, string? Response, string? Error);

/// <summary>
/// Sends one message to one endpoint as Standard Webhooks describes: <c>webhook-id</c>, <c>webhook-timestamp</c> and a
/// <c>webhook-signature</c> per signing secret (newest first, space-separated), HMAC-SHA256 over <c>id.timestamp.body</c>. No
/// redirects are followed, connections go only to addresses the <see cref="EndpointAddressPolicy"/> allows, the attempt is
/// bounded by <see cref="WebhookOptions.Timeout"/>, and only the first 500 characters of the answer are read.
/// </summary>
public sealed class DeliverySender : IDisposable
{
    private readonly HttpClient http;
    private readonly WebhookOptions options;

    public DeliverySender(EndpointAddressPolicy addresses, IOptions<WebhookOptions> options)
    {
        this.options = options.Value;
        // Not from IHttpClientFactory: the service's default handlers (service discovery, retries) have no place here.
        http = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            ConnectCallback = addresses.ConnectAsync,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            MaxConnectionsPerServer = 64,
            UseCookies = false,
        })
        { Timeout = Timeout.InfiniteTimeSpan };
        http.DefaultRequestHeaders.UserAgent.ParseAdd("B2BPortal-Webhooks/1.0");
    }

    public async Task<AttemptOutcome> SendAsync(WebhookEndpoint endpoint, WebhookMessage message, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var signatures = string.Join(' ', endpoint.SigningSecrets(now).Select(s => new StandardWebhook(s.Secret).Sign(message.Id, now, message.Payload)));
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url) { Content = new StringContent(message.Payload, Encoding.UTF8, "application/json") };
        request.Headers.Add("webhook-id", message.Id);
        request.Headers.Add("webhook-timestamp", now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", signatures);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        var clock = Stopwatch.StartNew();
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var excerpt = await ExcerptAsync(response, timeout.Token);
            var code = (int)response.StatusCode;
            return new AttemptOutcome(code is >= 200 and < 300, code, Elapsed(clock), excerpt, code is >= 300 and < 400 ? "Redirects are not followed." : null);
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            var error = exception is OperationCanceledException ? $"No answer within {options.Timeout.TotalSeconds:0} s." : exception.Message;
            return new AttemptOutcome(false, null, Elapsed(clock), null, error.Length <= 500 ? error : error[..499] + "…");
        }
    }

    private static async Task<string?> ExcerptAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[DeliveryAttempt.MaxResponseLength];
        var read = 0;
        while (read < buffer.Length && await body.ReadAsync(buffer.AsMemory(read), cancellationToken) is > 0 and var count)
        {
            read += count;
        }

        if (read == 0)
        {
            return null;
        }

        // Kept for people to read in the delivery log: control characters (other than line breaks and tabs) become spaces.
        var text = new string([.. Encoding.UTF8.GetString(buffer, 0, read).Select(c => char.IsControl(c) && c is not ('\n' or '\t') ? ' ' : c)]);
        return text.Length <= DeliveryAttempt.MaxResponseLength ? text : text[..DeliveryAttempt.MaxResponseLength];
    }

    private static int Elapsed(Stopwatch clock) => (int)Math.Min(int.MaxValue, clock.ElapsedMilliseconds);

    public void Dispose() => http.Dispose();
}
