using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using B2BPortal.BuildingBlocks.AccountScope;
using B2BPortal.BuildingBlocks.Audit;
using B2BPortal.BuildingBlocks.Http;
using B2BPortal.Contracts;
using B2BPortal.Contracts.Carts;
using B2BPortal.Contracts.Orders;
using B2BPortal.Contracts.Quotes;
using B2BPortal.Quote.Data;
using B2BPortal.Quote.Features.Quotes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace B2BPortal.Quote.Features.Requests;

/// <summary>
/// <c>POST …/quotes</c>: a buyer's request for quotation, from lines or from their cart (read from the Cart service with their
/// token, never from the body), for products they may order. Kept as a draft or submitted at once. The Idempotency-Key makes a
/// retry answer the first request instead of asking twice.
/// </summary>
internal static class CreateQuoteHandler
{
    public static async Task<Results<Created<QuoteDto>, Ok<QuoteDto>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid accountId, CreateQuoteRequest request, [FromHeader(Name = IdempotencyKeyRules.Header)] string? idempotencyKey, HttpContext http,
        [AsParameters] QuoteRequestServices services, CancellationToken cancellationToken)
    {
        if (IdempotencyKeyRules.Problem(idempotencyKey, "request for quotation") is { } keyProblem)
        {
            return QuoteProblems.IdempotencyKeyMissing(keyProblem);
        }

        if (QuoteCaller.PartyOf(http) == QuoteParties.Seller)
        {
            return QuoteProblems.NotYourSide("Requests for quotation come from the buying company. As its account manager, price them from the queue.");
        }

        var errors = QuoteRequestRules.Problems(request.FromCartVersion is null ? request.Lines : [], request.Comment, request.RequestedDeliveryDate,
            request.Attachments, services.Clock);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The request for quotation was not sent.");
        }

        var actor = QuoteCaller.ActorOf(http);
        var hash = HashOf(request);
        if (await FindAsync(services.Db, accountId, actor.Subject, idempotencyKey!, cancellationToken) is { } earlier)
        {
            return Replay(earlier, hash, http);
        }

        var token = http.AccessToken();
        var lines = request.Lines?.Select(l => l!).ToList() ?? [];
        if (request.FromCartVersion is { } version)
        {
            var cart = await Downstream.CallAsync("Cart", TimeSpan.FromSeconds(5), t => services.Carts.GetCartAsync(accountId, token, t), cancellationToken);
            if (cart.Version != version)
            {
                return QuoteProblems.Refused($"Your cart changed after you looked at it (version {version}, now {cart.Version}). Look at it again and ask once more.");
            }

            lines = [.. cart.Lines.Select(l => new QuoteRequestLineRequest(l.Sku, l.Quantity, Comment: l.Note))];
            if (lines.Count == 0)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["fromCartVersion"] = ["Your cart is empty: add the products to quote first."] },
                    title: "The request for quotation was not sent.");
            }
        }

        var products = await services.Products.LookUpAsync(accountId, lines.Select(l => (l.Sku, l.Quantity)), token, cancellationToken);
        var unknown = products.Where(p => p.Product is null).ToDictionary(p => $"lines[{p.LineNumber - 1}].sku",
            p => new[] { $"{p.Sku} is not in your catalog: check the SKU, or ask your account manager about the product." });
        if (unknown.Count > 0)
        {
            return TypedResults.ValidationProblem(unknown, title: "The request for quotation was not sent.");
        }

        var quote = await NewQuoteAsync(services, accountId, http.ActingFor().CompanyId, actor, idempotencyKey!, hash, request, lines, products, cancellationToken);
        System.Diagnostics.Activity.Current?.SetTag(QuoteTracing.QuoteIdTag, quote.Id.ToString());
        try
        {
            await services.Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            services.Db.ChangeTracker.Clear();
            return Replay((await FindAsync(services.Db, accountId, actor.Subject, idempotencyKey!, cancellationToken))!, hash, http);
        }

        return TypedResults.Created($"/api/v1/accounts/{accountId}/quotes/{quote.Id}", QuoteView.Of(quote, actor.Party, http.ActingFor().Roles));
    }

    private static async Task<Quotes.Quote> NewQuoteAsync(
        QuoteRequestServices services, Guid accountId, Guid companyId, QuoteActor actor, string key, string hash, CreateQuoteRequest request,
        List<QuoteRequestLineRequest> lines, IReadOnlyList<PreviewLineDto> products, CancellationToken cancellationToken)
    {
        var now = services.Clock.GetUtcNow();
        var quote = new Quotes.Quote
        {
            Id = Guid.CreateVersion7(), AccountId = accountId, CompanyId = companyId,
            Number = $"Q-{await services.Db.NextQuoteNumberAsync(cancellationToken)}", Status = QuoteStates.Draft, CreatedAt = now, UpdatedAt = now,
            RequestedBySubject = actor.Subject, RequestedByName = actor.Name, RequestedByEmail = actor.Email, RequestedByPartner = actor.IsPartner,
            IdempotencyKey = key, RequestHash = hash,
        };
        QuoteRequestRules.Apply(quote, lines, products, request.Comment, request.RequestedDeliveryDate, request.ShipToAddressId, request.Attachments);
        quote.History.Add(new QuoteHistoryEntry { QuoteId = quote.Id, At = now, ToState = QuoteStates.Draft, Party = actor.Party, ActorName = actor.Name });
        services.Db.Quotes.Add(quote);
        if (request.Submit)
        {
            services.Lifecycle.Move(quote, QuoteStates.Submitted, actor, now, request.Comment);
        }

        QuoteAudit.Requested(services.Audit, quote);
        return quote;
    }

    private static Task<Quotes.Quote?> FindAsync(QuoteDbContext db, Guid accountId, string subject, string key, CancellationToken cancellationToken) =>
        db.Quotes.AsNoTracking().AsSplitQuery().Include(q => q.Revisions).Include(q => q.History)
            .SingleOrDefaultAsync(q => q.AccountId == accountId && q.RequestedBySubject == subject && q.IdempotencyKey == key, cancellationToken);

    private static Results<Created<QuoteDto>, Ok<QuoteDto>, ValidationProblem, ProblemHttpResult> Replay(Quotes.Quote earlier, string hash, HttpContext http)
    {
        if (earlier.RequestHash != hash)
        {
            return QuoteProblems.IdempotencyKeyReused();
        }

        http.Response.Headers["Idempotent-Replayed"] = "true";
        return TypedResults.Ok(QuoteView.Of(earlier, QuoteCaller.PartyOf(http), http.ActingFor().Roles));
    }

    private static string HashOf(CreateQuoteRequest request) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(request))));
}

/// <summary>What creating a request for quotation needs besides the request.</summary>
internal sealed record QuoteRequestServices(
    QuoteDbContext Db, QuoteLifecycle Lifecycle, QuoteProducts Products, ICartApi Carts, AuditTrail Audit, TimeProvider Clock);
