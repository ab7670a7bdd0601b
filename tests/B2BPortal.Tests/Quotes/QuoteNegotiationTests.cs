using System.Net;
using System.Net.Http.Json;
using B2BPortal.Contracts.Audit;
using B2BPortal.Contracts.Orders;
using B2BPortal.Contracts.Quotes;
using B2BPortal.Contracts.Webhooks;
using B2BPortal.Tests.Infrastructure;
using Npgsql;
using static B2BPortal.Tests.Infrastructure.QuoteCalls;

namespace B2BPortal.Tests.Quotes;

/// <summary>
/// A whole negotiation across the real processes: Anna (buyer, Acme Plant North) asks for a quote through the BFF, Mia (the
/// manufacturer's account manager) prices it, Anna asks to renegotiate, Mia sends a second revision, Anna accepts it and orders
/// it; the order carries the quote's prices, and the quote is ordered once only.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class QuoteNegotiationTests(PortalFixture portal)
{
    private const string InternalNote = "Margin floor 1,380 per pump: do not go below without the sales director.";
    private static readonly Guid North = Demo.AcmePlantNorth;

    [Fact]
    public async Task Request_staged_sent_renegotiated_revised_accepted_and_ordered_once_at_the_quoted_prices()
    {
        using var anna = await portal.SignInAsync(Demo.AcmeBuyer);
        using var mia = await portal.SignInAsync(Demo.AccountManager);
        using var admin = await portal.SignInAsync(Demo.AcmeAdmin);
        var validUntil = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14);
        using var receiver = WebhookReceiver.New(portal);
        using var registered = await admin.Http.PostAsJsonAsync($"/api/v1/accounts/{North}/webhooks", new CreateWebhookEndpointRequest(receiver.Url,
            [WebhookEventTypes.QuoteSent, WebhookEventTypes.QuoteAccepted, WebhookEventTypes.QuoteOrdered], "Quote events"));
        var endpoint = await ReadAsync<WebhookSecretDto>(registered, HttpStatusCode.Created);
        await receiver.SetAsync(new { secrets = new[] { endpoint.Secret } });

        var quote = await RequestedAsync(anna.Http, North, new CreateQuoteRequest(
            [new QuoteRequestLineRequest("PMP-1001", 4, 1400m, "For the new cooling line"), new QuoteRequestLineRequest("SEA-4001", 5)],
            Comment: "Yearly volume, delivery in two lots.", ShipToAddressId: Demo.PlantNorthGoodsReceipt, Attachments: [new QuoteAttachmentRequest("https://files.acme.example/specs/cooling.pdf", "Specification")]));
        Assert.Equal(QuoteStates.Submitted, quote.Status);
        Assert.Equal("Requested", quote.Label);
        Assert.StartsWith("Q-", quote.Number);
        Assert.Equal(["withdraw"], quote.Actions);
        await portal.MailAsync("sales.desk@portal.example", $"Quote {quote.Number}: a new request for quotation");

        var queue = await ReadAsync<QuoteListDto>(await mia.Http.GetAsync($"{QuotesOf(Demo.AcmeIndustrial)}/queue"), HttpStatusCode.OK);
        Assert.Contains(queue.Items, q => q.Id == quote.Id && q.Label == "New request");

        var reviewed = await SteppedAsync(mia.Http, North, quote.Id, "review");
        Assert.Equal(QuoteStates.InReview, reviewed.Status);
        Assert.Equal("Mia Manager (account manager)", reviewed.HandledBy?.Name);
        var staging = await ReadAsync<QuoteStagingDto>(await mia.Http.GetAsync($"{QuotesOf(North)}/{quote.Id}/staging"), HttpStatusCode.OK);
        Assert.Equal(1, staging.Revision);
        Assert.Equal(1680m, staging.Lines[0].ListUnitPrice); // Acme Plant North's contract price starts the revision

        await mia.Http.PostAsJsonAsync($"{QuotesOf(North)}/{quote.Id}/notes", new AddInternalNoteRequest(InternalNote));
        staging = await StageAsync(mia.Http, North, quote.Id, new StageQuoteRequest(
            [new StagedLineRequest("PMP-1001", 4, UnitPrice: 1450m), new StagedLineRequest("SEA-4001", 5, DiscountPercent: 10m)], validUntil,
            "Delivery in two lots, 30 days net.", DiscountPercent: 2m));
        Assert.Equal(InternalNote, Assert.Single(staging.InternalNotes).Text);
        Assert.Equal(staging.NetAmount, staging.Lines.Sum(l => l.NetLineAmount));
        Assert.Equal(decimal.Round(staging.Subtotal * 0.98m, 2), staging.NetAmount);
        var sent = await SteppedAsync(mia.Http, North, quote.Id, "sending", new SendQuoteRequest(1));
        Assert.Equal("Waiting for the buyer", sent.Label);
        await portal.MailAsync(Demo.AcmeBuyer, $"Quote {quote.Number}: revision 1 to answer");

        var received = await GetAsync(anna.Http, North, quote.Id);
        Assert.Equal("Quote received", received.Label);
        Assert.Equal(["accept", "decline", "renegotiate"], received.Actions.Order());
        Assert.Equal(1450m, Assert.Single(received.Revisions).Lines[0].UnitPrice);

        await SteppedAsync(anna.Http, North, quote.Id, "renegotiation", new QuoteAnswerRequest(1, "1,400 per pump and we sign today."));
        await portal.MailAsync("manager@portal.example", $"Quote {quote.Number}: renegotiation asked");
        await SteppedAsync(mia.Http, North, quote.Id, "review");
        staging = await ReadAsync<QuoteStagingDto>(await mia.Http.GetAsync($"{QuotesOf(North)}/{quote.Id}/staging"), HttpStatusCode.OK);
        Assert.Equal(2, staging.Revision);
        Assert.Equal(1450m, staging.Lines[0].UnitPrice); // the second revision starts from the first
        await StageAsync(mia.Http, North, quote.Id, new StageQuoteRequest(
            [new StagedLineRequest("PMP-1001", 4, UnitPrice: 1420m), new StagedLineRequest("SEA-4001", 5, DiscountPercent: 10m)], validUntil,
            "Delivery in two lots, 30 days net.", DiscountPercent: 2m));
        await SteppedAsync(mia.Http, North, quote.Id, "sending", new SendQuoteRequest(2));

        received = await GetAsync(anna.Http, North, quote.Id);
        Assert.Equal([1, 2], received.Revisions.Select(r => r.Number));
        var change = Assert.Single(received.Revisions[1].Changes, c => c.LineNumber == 1 && c.Field == "unitPrice");
        Assert.Equal(("1450.00", "1420.00"), (change.Before, change.After));
        Assert.Contains(received.Revisions[1].Changes, c => c.LineNumber is null && c.Field == "netAmount");

        var accepted = await SteppedAsync(anna.Http, North, quote.Id, "acceptance", new QuoteAnswerRequest(2));
        var again = await SteppedAsync(anna.Http, North, quote.Id, "acceptance", new QuoteAnswerRequest(2));
        Assert.Equal(QuoteStates.Accepted, again.Status);
        Assert.Equal(accepted.History.Count, again.History.Count); // the repeat changed nothing
        Assert.Contains("order", again.Actions);

        // Concurrent conversions: two retries with one key and two with keys of their own give one order.
        var reference = TestOrders.NewReference("QUOTE");
        var key = Guid.NewGuid().ToString();
        var answers = await Task.WhenAll(new[] { key, key, Guid.NewGuid().ToString(), Guid.NewGuid().ToString() }
            .Select(k => OrderAsync(anna.Http, North, new QuoteOrderRequest(quote.Id, 2, reference), k)));
        var bodies = await Task.WhenAll(answers.Select(a => a.Content.ReadAsStringAsync()));
        Assert.True(answers.Count(a => a.StatusCode == HttpStatusCode.Created) == 1, string.Join("\n", bodies));
        var created = answers.Single(a => a.StatusCode == HttpStatusCode.Created);
        var order = await ReadAsync<OrderDto>(created, HttpStatusCode.Created);
        Assert.All(answers.Where(a => a != created), a => Assert.True(a.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict, a.StatusCode.ToString()));
        Array.ForEach(answers, a => a.Dispose());
        Assert.Equal(OrderSources.Quote, order.Source);
        Assert.Equal((quote.Id, 2), (order.QuoteId!.Value, order.QuoteRevision!.Value));
        Assert.Equal(received.Revisions[1].NetAmount, order.NetAmount);
        Assert.All(order.Lines, line => Assert.Equal("quote", line.Price.Source));
        Assert.StartsWith($"Quote {quote.Number}, revision 2: 1420.00 EUR per", order.Lines[0].Price.Explanation);
        await using (var orders = new NpgsqlConnection(portal.ServiceDatabases["orderdb"]))
        {
            await orders.OpenAsync();
            await using var count = new NpgsqlCommand("SELECT count(*) FROM ordering.orders WHERE quote_id = @id", orders);
            count.Parameters.AddWithValue("id", quote.Id);
            Assert.Equal(1L, (long)(await count.ExecuteScalarAsync())!);
        }

        var ordered = await Eventually.ReturnsAsync(async () => await GetAsync(anna.Http, North, quote.Id) is { Status: QuoteStates.Ordered } q ? q : null,
            TimeSpan.FromSeconds(30), "the quote to read Ordered");
        Assert.Equal(order.Number, ordered.OrderNumber);
        using var second = await OrderAsync(anna.Http, North, new QuoteOrderRequest(quote.Id, 2));
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains($"already ordered as {order.Number}", await second.Content.ReadAsStringAsync());

        var trail = await admin.Http.GetFromJsonAsync<AuditPageDto>($"/api/v1/accounts/{North}/audit?target={quote.Number}");
        Assert.Superset(
            new HashSet<string> { "quote.requested", "quote.review-started", "quote.staged", "quote.note-added", "quote.sent", "quote.renegotiation-requested", "quote.accepted", "quote.ordered" },
            trail!.Records.Select(r => r.Action).ToHashSet());

        // Every step the endpoint asked for, signed, once each: two revisions sent, one accepted, one ordered; no internal note in any.
        var hooks = await receiver.WaitForEventsAsync(4);
        Assert.Equal(["quote.accepted", "quote.ordered", "quote.sent", "quote.sent"], hooks.Events.Select(e => e.Type).Order());
        Assert.All(hooks.Events, e => Assert.Contains(quote.Number, e.Body));
        Assert.DoesNotContain(hooks.Events, e => e.Body.Contains(InternalNote, StringComparison.Ordinal));
        using var removed = await admin.Http.DeleteAsync($"/api/v1/accounts/{North}/webhooks/{endpoint.EndpointId}");
    }

    [Fact]
    public async Task The_internal_note_never_reaches_the_buying_company_a_partner_or_another_company()
    {
        using var anna = await portal.SignInAsync(Demo.AcmeBuyer);
        using var admin = await portal.SignInAsync(Demo.AcmeAdmin);
        using var mia = await portal.SignInAsync(Demo.AccountManager);
        using var borealis = await portal.SignInAsync(Demo.BorealisBuyer);
        using var partner = await portal.PartnerAsync();
        var quote = await RequestedAsync(anna.Http, North, new CreateQuoteRequest([new QuoteRequestLineRequest("PMP-1001", 25)]));
        await SteppedAsync(mia.Http, North, quote.Id, "review");
        var secret = $"{InternalNote} {Guid.NewGuid():N}";
        using (var noted = await mia.Http.PostAsJsonAsync($"{QuotesOf(North)}/{quote.Id}/notes", new AddInternalNoteRequest(secret)))
        {
            Assert.Equal(HttpStatusCode.Created, noted.StatusCode);
        }

        await StageAsync(mia.Http, North, quote.Id, new StageQuoteRequest([new StagedLineRequest("PMP-1001", 25, UnitPrice: 1500m)],
            DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7)));
        await SteppedAsync(mia.Http, North, quote.Id, "sending", new SendQuoteRequest(1));
        Assert.Contains(secret, await mia.Http.GetStringAsync($"{QuotesOf(North)}/{quote.Id}/staging"));

        foreach (var (who, http) in new[] { ("buyer", anna.Http), ("admin", admin.Http), ("partner", partner) })
        {
            string[] paths = who == "admin"
                ? [$"{QuotesOf(North)}/{quote.Id}", QuotesOf(North), $"/api/v1/accounts/{North}/audit?target={quote.Number}"]
                : [$"{QuotesOf(North)}/{quote.Id}", QuotesOf(North)];
            foreach (var path in paths)
            {
                using var read = await http.GetAsync(path);
                Assert.True(read.IsSuccessStatusCode, $"{who} {path}: {(int)read.StatusCode}");
                Assert.DoesNotContain(secret, await read.Content.ReadAsStringAsync());
            }

            using var staging = await http.GetAsync($"{QuotesOf(North)}/{quote.Id}/staging");
            Assert.True(staging.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"{who} staging: {(int)staging.StatusCode}");
        }

        Assert.DoesNotContain(secret, await portal.MailAsync(Demo.AcmeBuyer, $"Quote {quote.Number}: revision 1 to answer"));
        using var foreign = await borealis.Http.GetAsync($"{QuotesOf(North)}/{quote.Id}");
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }
}
