namespace B2BPortal.Identity.Features.Mail;

/// <summary>
/// A message for a person (an invitation today), written in the same transaction as the change it announces.
/// Delivery to an SMTP relay is not built yet; in Development the messages are read at <c>/dev/mailbox</c>.
/// </summary>
public sealed class OutgoingMail
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public required string To { get; init; }

    public required string Subject { get; init; }

    public required string Body { get; init; }

    /// <summary>The one link the message is about (the invitation link), so a mailbox can show it as a link.</summary>
    public string? Link { get; init; }

    public DateTimeOffset CreatedAt { get; init; } = DateTimeOffset.UtcNow;
}
