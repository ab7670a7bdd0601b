using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.Contracts.Events;
using B2BPortal.Contracts.Quotes;
using B2BPortal.Identity.Data;
using B2BPortal.Identity.Features.Clients;
using MassTransit;

namespace B2BPortal.Identity.Features.Mail;

/// <summary>Tells the other party of a quote what just happened to it, with a link to the quote in the portal.</summary>
public sealed class QuoteStatusChangedConsumer(IdentityDbContext db, ReturnUrls returnUrls) : InboxConsumer<QuoteStatusChanged, IdentityDbContext>(db)
{
    protected override bool Concerns(QuoteStatusChanged message) => message.NotifyEmails.Count > 0;

    protected override async Task HandleAsync(ConsumeContext<QuoteStatusChanged> context, CancellationToken cancellationToken)
    {
        var step = context.Message;
        var portal = await returnUrls.PortalAsync(cancellationToken);
        var link = portal is null ? null : $"{portal.TrimEnd('/')}/accounts/{step.AccountId}/quotes/{step.QuoteId}";
        var (subject, news) = Describe(step);
        foreach (var to in step.NotifyEmails.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            Db.OutgoingMail.Add(new OutgoingMail
            {
                To = to, Subject = $"Quote {step.QuoteNumber}: {subject}", Link = link,
                Body = $"Hello,\n\n{news}{(step.Comment is { } comment ? $"\n\n{step.ActorName} wrote: {comment}" : "")}\n\n" +
                       (link is null ? "" : $"Open the quote: {link}\n"),
            });
        }
    }

    private static (string Subject, string News) Describe(QuoteStatusChanged step) => step.To switch
    {
        QuoteStates.Submitted => ("a new request for quotation", $"{step.ActorName} asked for quote {step.QuoteNumber}."),
        QuoteStates.InReview => ("being priced", $"{step.ActorName} is pricing quote {step.QuoteNumber}."),
        QuoteStates.Sent => ($"revision {step.Revision} to answer",
            $"{step.ActorName} sent revision {step.Revision} of quote {step.QuoteNumber}: {step.NetAmount:0.00} {step.Currency}, valid until {step.ExpiresAt:yyyy-MM-dd HH:mm} UTC."),
        QuoteStates.Accepted => ("accepted", $"{step.ActorName} accepted revision {step.Revision} of quote {step.QuoteNumber}."),
        QuoteStates.Declined => ("declined", $"{step.ActorName} declined revision {step.Revision} of quote {step.QuoteNumber}."),
        QuoteStates.RenegotiationRequested => ("renegotiation asked", $"{step.ActorName} asked to renegotiate quote {step.QuoteNumber}."),
        QuoteStates.Expired => ("expired", $"Quote {step.QuoteNumber} ran out before it was ordered. {step.Comment}"),
        QuoteStates.Withdrawn => ("withdrawn", $"{step.ActorName} withdrew quote {step.QuoteNumber}."),
        QuoteStates.Ordered => ("ordered", $"Quote {step.QuoteNumber} was ordered as {step.OrderNumber}."),
        _ => (step.To, $"Quote {step.QuoteNumber} is now {step.To}."),
    };
}
