using B2BPortal.Contracts.Accounts;
using B2BPortal.Contracts.Quotes;

namespace B2BPortal.Quote.Features.Quotes;

/// <summary>
/// A quote as one party reads it: the state's label for that party, the sent revisions each with its difference from the one
/// before, and the steps the caller may take now. Never the staged revision or the internal notes (the seller's staging view has those).
/// </summary>
public static class QuoteView
{
    public static QuoteDto Of(Quote quote, string party, IReadOnlyList<string> roles)
    {
        var sent = quote.SentRevisions.ToList();
        return new QuoteDto(
            quote.Id, quote.AccountId, quote.Number, quote.Status, QuoteLabels.For(quote.Status, party), party, quote.CreatedAt, quote.UpdatedAt,
            new QuotePartyDto(quote.RequestedBySubject, quote.RequestedByName, quote.RequestedByPartner),
            quote.HandledBySubject is { } seller ? new QuotePartyDto(seller, quote.HandledByName ?? seller, false) : null,
            quote.Comment, quote.RequestedDeliveryDate, quote.ShipToAddressId,
            [.. quote.Attachments.Select(a => new QuoteAttachmentDto(a.Url, a.Label))],
            [.. quote.Lines.Select(l => new QuoteRequestLineDto(l.LineNumber, l.Sku, l.Name, l.Quantity, l.TargetUnitPrice, l.Comment))],
            [.. sent.Select((revision, i) => revision.ToDto(i == 0 ? null : sent[i - 1]))],
            quote.AcceptedRevision, quote.ExpiresAt, quote.OrderId, quote.OrderNumber,
            [.. quote.History.OrderBy(h => h.At).Select(h => h.ToDto())],
            Actions(quote, party, roles));
    }

    /// <summary>A buyer's draft is theirs alone until it is submitted: to the seller it does not exist yet.</summary>
    public static bool HiddenFrom(Quote quote, string party) => party == QuoteParties.Seller && quote.Status == QuoteStates.Draft;

    public static QuoteSummaryDto Summary(Quote quote, string party)
    {
        var last = quote.LastSent;
        return new QuoteSummaryDto(quote.Id, quote.AccountId, quote.Number, quote.Status, QuoteLabels.For(quote.Status, party), quote.UpdatedAt,
            quote.RequestedByName, quote.Lines.Count, last?.Number, last?.Currency, last?.NetAmount, quote.ExpiresAt);
    }

    /// <summary>The steps the transition table gives the caller's party from here, for a caller whose roles allow them.</summary>
    public static IReadOnlyList<string> Actions(Quote quote, string party, IReadOnlyList<string> roles)
    {
        var allowed = party == QuoteParties.Seller
            ? AccountPermissions.Grants(roles, AccountPermission.ManageQuotes)
            : AccountPermissions.Grants(roles, AccountPermission.Purchase);
        if (!allowed)
        {
            return [];
        }

        var actions = QuoteTransitions.Table[quote.Status].Where(t => t.Value == party).Select(t => ActionFor(t.Key)).ToList();
        if (quote.Status == QuoteStates.Draft && party == QuoteParties.Buyer)
        {
            actions.Insert(0, QuoteActions.Edit);
        }

        if (quote.Status == QuoteStates.InReview && party == QuoteParties.Seller)
        {
            actions.Insert(0, QuoteActions.Stage);
        }

        if (quote.Status == QuoteStates.Accepted && party == QuoteParties.Buyer && quote.OrderId is null)
        {
            actions.Add(QuoteActions.Order);
        }

        return actions;
    }

    private static string ActionFor(string to) => to switch
    {
        QuoteStates.Submitted => QuoteActions.Submit,
        QuoteStates.InReview => QuoteActions.Review,
        QuoteStates.Sent => QuoteActions.Send,
        QuoteStates.Accepted => QuoteActions.Accept,
        QuoteStates.Declined => QuoteActions.Decline,
        QuoteStates.RenegotiationRequested => QuoteActions.Renegotiate,
        QuoteStates.Withdrawn => QuoteActions.Withdraw,
        QuoteStates.Closed => QuoteActions.Close,
        _ => to,
    };
}
