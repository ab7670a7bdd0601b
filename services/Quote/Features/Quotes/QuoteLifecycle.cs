using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.Contracts.Events;
using B2BPortal.Contracts.Quotes;
using Microsoft.Extensions.Options;

namespace B2BPortal.Quote.Features.Quotes;

/// <summary>Who moves a quote, by party and name; the seller's e-mail is kept so the buyer's answers reach them.</summary>
public sealed record QuoteActor(string Party, string Subject, string Name, string? Email, bool IsPartner = false)
{
    public static readonly QuoteActor Portal = new(QuoteParties.Portal, "portal", "B2B Portal", null);
}

/// <summary>
/// The one place a quote changes state: the transition table decides (<see cref="QuoteTransitions"/>), the step is written to
/// the history, and <see cref="QuoteStatusChanged"/> goes into the outbox, all in the caller's save, so a state, its history
/// entry and its event commit together or not at all.
/// </summary>
public sealed class QuoteLifecycle(IIntegrationEventOutbox outbox, IOptions<QuoteOptions> options)
{
    /// <summary>Why <paramref name="party"/> may not move the quote to <paramref name="to"/>; null when it may.</summary>
    public static string? Refusal(Quote quote, string to, string party)
    {
        var allowed = QuoteTransitions.PartyFor(quote.Status, to);
        if (allowed is null)
        {
            return $"Quote {quote.Number} is {QuoteLabels.For(quote.Status, party)}, so it cannot become {QuoteLabels.For(to, party)}.";
        }

        return allowed == party ? null : allowed switch
        {
            QuoteParties.Buyer => $"Only the buying company moves quote {quote.Number} to {QuoteLabels.For(to, party)}.",
            QuoteParties.Seller => $"Only the manufacturer's account manager moves quote {quote.Number} to {QuoteLabels.For(to, party)}.",
            _ => $"Quote {quote.Number} becomes {QuoteLabels.For(to, party)} by itself, not by request.",
        };
    }

    /// <summary>Moves the quote (the caller checked <see cref="Refusal"/>); throws when the table refuses, as a bug would.</summary>
    public void Move(Quote quote, string to, QuoteActor actor, DateTimeOffset at, string? comment = null, int? revision = null)
    {
        if (Refusal(quote, to, actor.Party) is { } refusal)
        {
            throw new QuoteTransitionRefusedException(refusal);
        }

        var from = quote.Status;
        quote.Status = to;
        quote.UpdatedAt = at;
        quote.History.Add(new QuoteHistoryEntry
        {
            QuoteId = quote.Id, At = at, FromState = from, ToState = to, Party = actor.Party, ActorName = actor.Name, Revision = revision, Comment = comment,
        });
        var shown = revision is { } number ? quote.Revisions.SingleOrDefault(r => r.Number == number) : quote.LastSent;
        outbox.Add(new QuoteStatusChanged
        {
            AccountId = quote.AccountId, CompanyId = quote.CompanyId, CorrelationId = quote.Id, OccurredAt = at, QuoteId = quote.Id, QuoteNumber = quote.Number,
            From = from, To = to, Party = actor.Party, ActorName = actor.Name, Revision = shown?.Number, Currency = shown?.Currency, NetAmount = shown?.NetAmount,
            ExpiresAt = quote.ExpiresAt, OrderId = quote.OrderId, OrderNumber = quote.OrderNumber, Comment = comment, NotifyEmails = from == QuoteStates.Draft && to == QuoteStates.Withdrawn ? [] : Recipients(quote, actor),
        });
    }

    /// <summary>
    /// The other party's people: the buyer who asked (a partner system has no mailbox; it has webhooks), or the account manager
    /// handling the quote, and before anyone does, the sales desk. The portal's own moves (expiry, ordering) tell both.
    /// </summary>
    private IReadOnlyList<string> Recipients(Quote quote, QuoteActor actor)
    {
        string[] buyer = quote.RequestedByEmail is { } email ? [email] : [];
        string[] seller = (quote.HandledByEmail ?? options.Value.SalesDeskEmail) is { } desk ? [desk] : [];
        return actor.Party switch
        {
            QuoteParties.Buyer => seller,
            QuoteParties.Seller => buyer,
            _ => [.. buyer.Concat(seller).Distinct(StringComparer.OrdinalIgnoreCase)],
        };
    }
}

/// <summary>A move the lifecycle refuses; its message says why in words either party can act on.</summary>
public sealed class QuoteTransitionRefusedException(string message) : InvalidOperationException(message);
