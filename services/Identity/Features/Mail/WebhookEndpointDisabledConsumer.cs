using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.Contracts.Events;
using B2BPortal.Identity.Data;
using MassTransit;

namespace B2BPortal.Identity.Features.Mail;

/// <summary>Tells the person who registered a webhook endpoint that it was disabled, and why.</summary>
public sealed class WebhookEndpointDisabledConsumer(IdentityDbContext db) : InboxConsumer<WebhookEndpointDisabled, IdentityDbContext>(db)
{
    protected override bool Concerns(WebhookEndpointDisabled message) => !string.IsNullOrEmpty(message.NotifyEmail);

    protected override Task HandleAsync(ConsumeContext<WebhookEndpointDisabled> context, CancellationToken cancellationToken)
    {
        var disabled = context.Message;
        Db.OutgoingMail.Add(new OutgoingMail
        {
            To = disabled.NotifyEmail!,
            Subject = "A B2B Portal webhook endpoint was disabled",
            Body = $"Hello,\n\nthe webhook endpoint {disabled.Url} kept failing and was disabled. {disabled.Reason}\n\n"
                + "No event is lost: deliveries wait, and go out once the endpoint is turned on again on the portal's webhook settings.\n",
        });
        return Task.CompletedTask;
    }
}
