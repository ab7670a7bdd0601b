using B2BPortal.Contracts.Accounts;

namespace B2BPortal.Account.Features.Audit;

/// <summary>One change to accounts, memberships or terms: what, by whom, when and from which address.</summary>
public sealed class AuditEntry
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid AccountId { get; init; }
    public required string Action { get; init; }
    public required string Summary { get; init; }
    public required string ActorSubject { get; init; }
    public required string ActorName { get; init; }
    public string? IpAddress { get; init; }
    public DateTimeOffset OccurredAt { get; init; } = DateTimeOffset.UtcNow;

    public AuditEntryDto ToDto() => new(Id, AccountId, Action, Summary, $"{ActorName} ({ActorSubject})", IpAddress, OccurredAt);
}
