using System.Globalization;
using B2BPortal.BuildingBlocks.AccountScope;
using B2BPortal.BuildingBlocks.Audit;
using B2BPortal.Contracts.Orders;
using B2BPortal.Contracts.Quotes;
using B2BPortal.Quote.Data;
using B2BPortal.Quote.Features.Quotes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace B2BPortal.Quote.Features.Staging;

/// <summary>
/// The seller's working copy of a quote: the staged revision (read and replace while in review) and the internal notes. Only
/// routes that require <c>ManageQuotes</c> lead here; nothing here reaches the buyer until a revision is sent.
/// </summary>
internal static class StagingHandlers
{
    public static async Task<Results<Ok<QuoteStagingDto>, ProblemHttpResult>> GetAsync(
        Guid accountId, Guid quoteId, QuoteDbContext db, CancellationToken cancellationToken)
    {
        if (await QuoteLocks.FindAsync(db, accountId, quoteId, cancellationToken) is not { } quote || QuoteView.HiddenFrom(quote, QuoteParties.Seller))
        {
            return QuoteProblems.NotFound(quoteId);
        }

        return TypedResults.Ok(await ViewAsync(db, quote, cancellationToken));
    }

    public static async Task<Results<Ok<QuoteStagingDto>, ValidationProblem, ProblemHttpResult>> StageAsync(
        Guid accountId, Guid quoteId, StageQuoteRequest request, HttpContext http, QuoteDbContext db, QuoteProducts products, AuditTrail audit,
        TimeProvider clock, IOptions<QuoteOptions> options, CancellationToken cancellationToken)
    {
        var errors = Problems(request, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), options.Value.MaxValidityDays);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The revision was not saved.");
        }

        var lines = request.Lines!.Select(l => l!).ToList();
        var priced = await products.LookUpAsync(accountId, lines.Select(l => (l.Sku, l.Quantity)), http.AccessToken(), cancellationToken);
        if (priced.Where(p => p.Product is null).ToDictionary(p => $"lines[{p.LineNumber - 1}].sku", p => new[] { $"{p.Sku} is not in this account's catalog." })
            is { Count: > 0 } unknown)
        {
            return TypedResults.ValidationProblem(unknown, title: "The revision was not saved.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await QuoteLocks.LoadForUpdateAsync(db, accountId, quoteId, cancellationToken) is not { } quote)
        {
            return QuoteProblems.NotFound(quoteId);
        }

        if (quote.Status != QuoteStates.InReview || quote.Staged is not { } staged)
        {
            return QuoteProblems.Refused($"Quote {quote.Number} is {QuoteLabels.For(quote.Status, QuoteParties.Seller)}: take it into review to price a revision.");
        }

        staged.ValidUntil = request.ValidUntil;
        staged.Terms = string.IsNullOrWhiteSpace(request.Terms) ? null : request.Terms.Trim();
        staged.StagedAt = clock.GetUtcNow();
        staged.StagedByName = QuoteCaller.ActorOf(http).Name;
        staged.Price(StagedLines.From(lines, priced), request.DiscountPercent);
        QuoteAudit.SellerWork(audit, quote, "quote.staged", string.Create(CultureInfo.InvariantCulture, $"revision {staged.Number} prepared (not sent)."));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(await ViewAsync(db, quote, cancellationToken));
    }

    public static async Task<Results<Created<QuoteInternalNoteDto>, ValidationProblem, ProblemHttpResult>> AddNoteAsync(
        Guid accountId, Guid quoteId, AddInternalNoteRequest request, HttpContext http, QuoteDbContext db, AuditTrail audit, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Text) || request.Text.Length > QuoteInternalNote.MaxTextLength)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["text"] = [$"Write a note of 1 to {QuoteInternalNote.MaxTextLength} characters."] },
                title: "The note was not saved.");
        }

        if (await db.Quotes.AsNoTracking().SingleOrDefaultAsync(q => q.Id == quoteId && q.AccountId == accountId, cancellationToken) is not { } quote
            || QuoteView.HiddenFrom(quote, QuoteParties.Seller))
        {
            return QuoteProblems.NotFound(quoteId);
        }

        var actor = QuoteCaller.ActorOf(http);
        var note = new QuoteInternalNote { QuoteId = quoteId, At = clock.GetUtcNow(), BySubject = actor.Subject, ByName = actor.Name, Text = request.Text.Trim() };
        db.InternalNotes.Add(note);
        QuoteAudit.SellerWork(audit, quote, "quote.note-added", "an internal note was added.");
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/accounts/{accountId}/quotes/{quoteId}/staging", note.ToDto());
    }

    private static async Task<QuoteStagingDto> ViewAsync(QuoteDbContext db, Quotes.Quote quote, CancellationToken cancellationToken)
    {
        var notes = await db.InternalNotes.AsNoTracking().Where(n => n.QuoteId == quote.Id).OrderBy(n => n.At).Select(n => n.ToDto()).ToListAsync(cancellationToken);
        var shown = quote.Staged ?? quote.LastSent;
        var previous = shown is null ? null : quote.SentRevisions.LastOrDefault(r => r.Number < shown.Number);
        return new QuoteStagingDto(quote.Id, quote.Status, shown?.Number ?? 0, shown?.Currency ?? StagedLines.DefaultCurrency, shown?.ValidUntil, shown?.Terms,
            shown?.DiscountPercent, shown?.Subtotal ?? 0, shown?.DiscountAmount ?? 0, shown?.NetAmount ?? 0, [.. (shown?.Lines ?? []).Select(l => l.ToDto())],
            shown is null ? [] : QuoteDiff.Between(previous, shown), notes);
    }

    private static Dictionary<string, string[]> Problems(StageQuoteRequest request, DateOnly today, int maxValidityDays)
    {
        var errors = (request.Lines?.Count ?? 0) > QuoteFieldRules.MaxLines
            ? new Dictionary<string, string[]> { ["lines"] = [$"A quote has at most {QuoteFieldRules.MaxLines} lines."] }
            : LineRules.Problems(request.Lines, l => l.Sku, l => l.Quantity);
        var linesReadable = errors.Count == 0;
        for (var index = 0; linesReadable && index < request.Lines!.Count; index++)
        {
            var line = request.Lines![index]!;
            if (QuoteFieldRules.UnitPriceProblem(line.UnitPrice) is { } price)
            {
                errors[$"lines[{index}].unitPrice"] = [price];
            }

            if (QuoteFieldRules.PercentProblem(line.DiscountPercent) is { } percent)
            {
                errors[$"lines[{index}].discountPercent"] = [percent];
            }

            if (QuoteFieldRules.CommentProblem(line.Comment) is { } comment)
            {
                errors[$"lines[{index}].comment"] = [comment];
            }
        }

        if (QuoteFieldRules.PercentProblem(request.DiscountPercent) is { } discount)
        {
            errors["discountPercent"] = [discount];
        }

        if (request.ValidUntil < today || request.ValidUntil > today.AddDays(maxValidityDays))
        {
            errors["validUntil"] = [$"A quote is valid from today up to {maxValidityDays} days ahead."];
        }

        if (request.Terms?.Length > QuoteRevision.MaxTermsLength)
        {
            errors["terms"] = [$"Terms have at most {QuoteRevision.MaxTermsLength} characters."];
        }

        return errors;
    }
}
