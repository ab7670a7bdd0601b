using B2BPortal.BuildingBlocks.AccountScope;
using B2BPortal.BuildingBlocks.Audit;
using B2BPortal.Contracts.Quotes;
using B2BPortal.Quote.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace B2BPortal.Quote.Features.Quotes;

/// <summary>
/// A step a party asks for: the state it leads to, the revision the caller read (when it answers one), a word to the other party,
/// whether the quote already shows the step taken (a retry, answered with the quote as it stands and no second event), and what
/// else the step changes, which may still refuse it.
/// </summary>
internal sealed record QuoteStep(
    string To, string AuditAction, int? Revision = null, string? Comment = null, Func<Quote, bool>? AlreadyTaken = null,
    Func<Quote, QuoteActor, DateTimeOffset, string?>? Apply = null);

/// <summary>
/// Takes one step on a quote, the same way for every step: lock the quote, answer a retry with the quote as it stands, refuse the
/// other party's steps (403) and steps its state does not allow (409, naming the state), apply, move, record it in the audit trail,
/// and commit the state, its history, its event and its record together.
/// </summary>
internal sealed class QuoteSteps(QuoteDbContext db, QuoteLifecycle lifecycle, AuditTrail audit, TimeProvider clock)
{
    public async Task<Results<Ok<QuoteDto>, ProblemHttpResult>> TakeAsync(
        HttpContext http, Guid accountId, Guid quoteId, QuoteStep step, CancellationToken cancellationToken)
    {
        if (step.Comment is { } comment && QuoteFieldRules.CommentProblem(comment) is { } commentProblem)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The comment cannot be sent.", detail: commentProblem,
                extensions: new Dictionary<string, object?> { ["field"] = "comment" });
        }

        var actor = QuoteCaller.ActorOf(http);
        var roles = http.ActingFor().Roles;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var quote = await QuoteLocks.LoadForUpdateAsync(db, accountId, quoteId, cancellationToken);
        if (quote is null || QuoteView.HiddenFrom(quote, actor.Party))
        {
            return QuoteProblems.NotFound(quoteId);
        }

        if (step.AlreadyTaken?.Invoke(quote) == true)
        {
            return TypedResults.Ok(QuoteView.Of(quote, actor.Party, roles));
        }

        if (QuoteTransitions.PartyFor(quote.Status, step.To) is { } party && party != actor.Party && party != QuoteParties.Portal)
        {
            return QuoteProblems.NotYourSide(QuoteLifecycle.Refusal(quote, step.To, actor.Party)!);
        }

        var now = clock.GetUtcNow();
        if ((QuoteLifecycle.Refusal(quote, step.To, actor.Party) ?? step.Apply?.Invoke(quote, actor, now)) is { } refusal)
        {
            return QuoteProblems.Refused(refusal);
        }

        var from = quote.Status;
        lifecycle.Move(quote, step.To, actor, now, step.Comment, step.Revision);
        QuoteAudit.Moved(audit, quote, step.AuditAction, from, step.Revision);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(QuoteView.Of(quote, actor.Party, roles));
    }
}
