using System.Globalization;
using B2BPortal.BuildingBlocks.Audit;
using B2BPortal.Contracts.Quotes;

namespace B2BPortal.Quote.Features.Quotes;

/// <summary>
/// What the audit trail records of a quote: its number to search by, the state it moved between and the revision concerned.
/// The buying company's admins read the trail, so nothing of the seller's side goes in it: no internal note, no staged price.
/// </summary>
internal static class QuoteAudit
{
    public static void Moved(AuditTrail audit, Quote quote, string action, string from, int? revision)
    {
        var changes = new AuditChanges().Field("status", from, quote.Status);
        if (revision is { } number)
        {
            changes.Set("revision", number);
        }

        var summary = string.Create(CultureInfo.InvariantCulture,
            $"Quote {quote.Number}: {QuoteLabels.For(from, QuoteParties.Buyer)} → {QuoteLabels.For(quote.Status, QuoteParties.Buyer)}{(revision is { } r ? $" (revision {r})" : "")}.");
        audit.Record(quote.AccountId, action, summary, new AuditDetails(quote.Number, quote.Id.ToString(), changes, CorrelationId: quote.Id.ToString()));
    }

    public static void Requested(AuditTrail audit, Quote quote) =>
        audit.Record(quote.AccountId, "quote.requested",
            string.Create(CultureInfo.InvariantCulture, $"Quote {quote.Number} requested: {quote.Lines.Count} line(s), {quote.Status}."),
            new AuditDetails(quote.Number, quote.Id.ToString(), new AuditChanges().Set("status", quote.Status).Set("lines", quote.Lines.Count),
                StatusCodes.Status201Created, CorrelationId: quote.Id.ToString()));

    /// <summary>A seller's working step (staging, a note): recorded as done, with nothing of what it holds.</summary>
    public static void SellerWork(AuditTrail audit, Quote quote, string action, string what) =>
        audit.Record(quote.AccountId, action, $"Quote {quote.Number}: {what}", new AuditDetails(quote.Number, quote.Id.ToString(), CorrelationId: quote.Id.ToString()));
}
