using System.Net;
using System.Net.Http.Json;
using B2BPortal.Contracts.Orders;
using B2BPortal.Contracts.Quotes;
using B2BPortal.Tests.Infrastructure;
using Npgsql;
using static B2BPortal.Tests.Infrastructure.QuoteCalls;

namespace B2BPortal.Tests.Quotes;

/// <summary>
/// The quote's state model refuses what it does not allow, each with an answer that says why: steps its state does not allow
/// (409 naming the state), steps of the other party (403), answers to a revision that is not the latest; and a revision runs out
/// at its validity even when the Quote service was stopped at that moment.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class QuoteTransitionTests(PortalFixture portal)
{
    private static readonly Guid North = Demo.AcmePlantNorth;
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task Every_step_the_state_or_the_party_does_not_allow_is_refused_and_says_why()
    {
        using var anna = await portal.SignInAsync(Demo.AcmeBuyer);
        using var mia = await portal.SignInAsync(Demo.AccountManager);

        using (var asSeller = await RequestAsync(mia.Http, North, new CreateQuoteRequest([new QuoteRequestLineRequest("SEA-4001", 10)])))
        {
            Assert.Equal(HttpStatusCode.Forbidden, asSeller.StatusCode); // the manufacturer prices requests, it does not make them
        }

        var draft = await RequestedAsync(anna.Http, North, new CreateQuoteRequest([new QuoteRequestLineRequest("SEA-4001", 10)], Submit: false));
        Assert.Equal(QuoteStates.Draft, draft.Status);
        await Refused(mia.Http, draft.Id, "review", HttpStatusCode.NotFound); // the seller does not see a buyer's draft
        await Refused(anna.Http, draft.Id, "acceptance", HttpStatusCode.Conflict, new QuoteAnswerRequest(1), "Draft");
        await SteppedAsync(anna.Http, North, draft.Id, "submission");
        var repeated = await SteppedAsync(anna.Http, North, draft.Id, "submission");
        Assert.Equal(2, repeated.History.Count); // created, submitted: the repeat added nothing

        await Refused(anna.Http, draft.Id, "review", HttpStatusCode.Forbidden); // pricing is the seller's
        await Refused(mia.Http, draft.Id, "sending", HttpStatusCode.Conflict, new SendQuoteRequest(1), "New request");
        await Refused(mia.Http, draft.Id, "closing", HttpStatusCode.Conflict, null, "New request");
        await SteppedAsync(mia.Http, North, draft.Id, "review");
        await Refused(mia.Http, draft.Id, "sending", HttpStatusCode.Conflict, new SendQuoteRequest(2), "is 1, not 2");
        using (var past = await mia.Http.PutAsJsonAsync($"{QuotesOf(North)}/{draft.Id}/staging",
                   new StageQuoteRequest([new StagedLineRequest("SEA-4001", 10, UnitPrice: 9.5m)], Today.AddDays(-1))))
        {
            Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);
            Assert.Contains("validUntil", await past.Content.ReadAsStringAsync());
        }

        await StageAsync(mia.Http, North, draft.Id, new StageQuoteRequest([new StagedLineRequest("SEA-4001", 10, UnitPrice: 9.5m)], Today.AddDays(3)));
        await SteppedAsync(mia.Http, North, draft.Id, "sending", new SendQuoteRequest(1));
        await Refused(mia.Http, draft.Id, "acceptance", HttpStatusCode.Forbidden, new QuoteAnswerRequest(1)); // nobody accepts their own price
        await Refused(anna.Http, draft.Id, "acceptance", HttpStatusCode.Conflict, new QuoteAnswerRequest(2), "revision 1 is");
        using (var silent = await StepAsync(anna.Http, North, draft.Id, "renegotiation", new QuoteAnswerRequest(1)))
        {
            Assert.Equal(HttpStatusCode.BadRequest, silent.StatusCode);
        }

        await SteppedAsync(anna.Http, North, draft.Id, "renegotiation", new QuoteAnswerRequest(1, "A better price for 20, please."));
        await SteppedAsync(mia.Http, North, draft.Id, "review");
        await StageAsync(mia.Http, North, draft.Id, new StageQuoteRequest([new StagedLineRequest("SEA-4001", 20, UnitPrice: 9m)], Today.AddDays(3)));
        await SteppedAsync(mia.Http, North, draft.Id, "sending", new SendQuoteRequest(2));
        await Refused(anna.Http, draft.Id, "acceptance", HttpStatusCode.Conflict, new QuoteAnswerRequest(1), "revision 2 is");

        await SteppedAsync(anna.Http, North, draft.Id, "acceptance", new QuoteAnswerRequest(2));
        await Refused(anna.Http, draft.Id, "withdrawal", HttpStatusCode.Conflict, null, "Accepted");
        await Refused(anna.Http, draft.Id, "decline", HttpStatusCode.Conflict, new QuoteAnswerRequest(2), "Accepted");
        await Refused(mia.Http, draft.Id, "closing", HttpStatusCode.Conflict, null, "Accepted");
        using var wrongRevision = await OrderAsync(anna.Http, North, new QuoteOrderRequest(draft.Id, 1));
        Assert.Equal(HttpStatusCode.Conflict, wrongRevision.StatusCode);
        Assert.Contains("Revision 2 of quote", await wrongRevision.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_revision_runs_out_while_the_quote_service_is_stopped_and_expires_when_it_starts_again()
    {
        using var anna = await portal.SignInAsync(Demo.AcmeBuyer);
        using var mia = await portal.SignInAsync(Demo.AccountManager);
        var quote = await RequestedAsync(anna.Http, North, new CreateQuoteRequest([new QuoteRequestLineRequest("SEA-4001", 12)]));
        await SteppedAsync(mia.Http, North, quote.Id, "review");
        await StageAsync(mia.Http, North, quote.Id, new StageQuoteRequest([new StagedLineRequest("SEA-4001", 12, UnitPrice: 9.25m)], Today));
        await SteppedAsync(mia.Http, North, quote.Id, "sending", new SendQuoteRequest(1));
        await SteppedAsync(anna.Http, North, quote.Id, "acceptance", new QuoteAnswerRequest(1));

        await portal.App.StopResourceAsync("quote");
        try
        {
            // The end of the validity date comes while the service is down (the clock moved on, as the database says it did).
            await using var db = new NpgsqlConnection(portal.ServiceDatabases["quotedb"]);
            await db.OpenAsync();
            await using var due = new NpgsqlCommand("UPDATE quote.quotes SET expires_at = now() - interval '1 second' WHERE id = @id", db);
            due.Parameters.AddWithValue("id", quote.Id);
            Assert.Equal(1, await due.ExecuteNonQueryAsync());
        }
        finally
        {
            await portal.App.StartResourceAsync("quote");
        }

        var expired = await Eventually.ReturnsAsync(async () => await GetAsync(anna.Http, North, quote.Id) is { Status: QuoteStates.Expired } q ? q : null,
            TimeSpan.FromSeconds(60), "the quote to expire after the restart");
        Assert.Equal((QuoteStates.Accepted, QuoteParties.Portal), (expired.History[^1].From, expired.History[^1].Party));
        await portal.MailAsync(Demo.AcmeBuyer, $"Quote {quote.Number}: expired");
        using var late = await OrderAsync(anna.Http, North, new QuoteOrderRequest(quote.Id, 1));
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal(["renegotiate"], expired.Actions);
        await SteppedAsync(anna.Http, North, quote.Id, "renegotiation", new QuoteAnswerRequest(1, "Still needed: price it again, please."));
    }

    private static async Task Refused(HttpClient http, Guid quoteId, string step, HttpStatusCode status, object? body = null, string? says = null)
    {
        using var response = await StepAsync(http, North, quoteId, step, body);
        var problem = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{step}: expected {(int)status}, got {(int)response.StatusCode}: {problem}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        if (says is not null)
        {
            Assert.Contains(says, problem);
        }
    }
}
