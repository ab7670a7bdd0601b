using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using B2BPortal.Contracts.Orders;
using B2BPortal.Contracts.Quotes;

namespace B2BPortal.Tests.Infrastructure;

/// <summary>Quotes through the BFF, as a buyer, an account manager or a partner system asks for them.</summary>
public static class QuoteCalls
{
    public static string QuotesOf(Guid account) => $"/api/v1/accounts/{account}/quotes";

    public static async Task<HttpResponseMessage> RequestAsync(HttpClient http, Guid account, CreateQuoteRequest request, string? key = null)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, QuotesOf(account)) { Content = JsonContent.Create(request) };
        message.Headers.Add("Idempotency-Key", key ?? Guid.NewGuid().ToString());
        return await http.SendAsync(message);
    }

    public static async Task<QuoteDto> RequestedAsync(HttpClient http, Guid account, CreateQuoteRequest request) =>
        await ReadAsync<QuoteDto>(await RequestAsync(http, account, request), HttpStatusCode.Created);

    public static async Task<QuoteDto> GetAsync(HttpClient http, Guid account, Guid quoteId) =>
        await ReadAsync<QuoteDto>(await http.GetAsync($"{QuotesOf(account)}/{quoteId}"), HttpStatusCode.OK);

    /// <summary>A step (<c>submission</c>, <c>acceptance</c>, <c>review</c>, <c>sending</c>…) and its answer, whatever it is.</summary>
    public static Task<HttpResponseMessage> StepAsync(HttpClient http, Guid account, Guid quoteId, string step, object? body = null) =>
        http.PostAsJsonAsync($"{QuotesOf(account)}/{quoteId}/{step}", body ?? new { });

    public static async Task<QuoteDto> SteppedAsync(HttpClient http, Guid account, Guid quoteId, string step, object? body = null) =>
        await ReadAsync<QuoteDto>(await StepAsync(http, account, quoteId, step, body), HttpStatusCode.OK);

    public static async Task<QuoteStagingDto> StageAsync(HttpClient http, Guid account, Guid quoteId, StageQuoteRequest request) =>
        await ReadAsync<QuoteStagingDto>(await http.PutAsJsonAsync($"{QuotesOf(account)}/{quoteId}/staging", request), HttpStatusCode.OK);

    public static async Task<HttpResponseMessage> OrderAsync(HttpClient http, Guid account, QuoteOrderRequest request, string? key = null)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/accounts/{account}/orders/from-quote") { Content = JsonContent.Create(request) };
        message.Headers.Add("Idempotency-Key", key ?? Guid.NewGuid().ToString());
        return await http.SendAsync(message);
    }

    /// <summary>The newest mail to <paramref name="email"/> whose subject holds <paramref name="subject"/>, read from Identity's development mailbox.</summary>
    public static async Task<string> MailAsync(this PortalFixture portal, string email, string subject)
    {
        using var http = new HttpClient { BaseAddress = portal.IdentityUrl };
        var mail = new Regex($"data-to=\"{Regex.Escape(email)}\">\\s*<h2>([^<]*{Regex.Escape(WebUtility.HtmlEncode(subject))}[^<]*)</h2>.*?</article>", RegexOptions.Singleline);
        return await Eventually.ReturnsAsync(
            async () => mail.Match(await http.GetStringAsync("dev/mailbox")) is { Success: true } found ? WebUtility.HtmlDecode(found.Value) : null,
            TimeSpan.FromSeconds(30), $"a mail to {email} about '{subject}'");
    }

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response, HttpStatusCode expected)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
            return System.Text.Json.JsonSerializer.Deserialize<T>(body, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web))!;
        }
    }
}
