namespace B2BPortal.Contracts.Events;

/// <summary>A user was invited to an account; Identity creates the user (same id) if it does not know the email yet.</summary>
public sealed record MemberInvited : IntegrationEvent
{
    public required Guid MembershipId { get; init; }
    public required Guid UserId { get; init; }
    public required string Email { get; init; }
    public required string DisplayName { get; init; }
    public required string Role { get; init; }
}

/// <summary>A membership was created, re-roled, given another approval limit, disabled or re-enabled.</summary>
public sealed record MembershipChanged : IntegrationEvent
{
    public required Guid MembershipId { get; init; }
    public required Guid UserId { get; init; }
    public required string Role { get; init; }
    public decimal? ApprovalLimit { get; init; }
    public required string Status { get; init; }
    public required string ChangedBy { get; init; }
}

/// <summary>Whether a user must sign in with a second factor, from the policies of every company the user belongs to.</summary>
public sealed record UserSecurityRequirementsChanged : IntegrationEvent
{
    public required Guid UserId { get; init; }
    public required bool RequireTwoFactor { get; init; }
}

/// <summary>A company's credit limit or payment terms changed.</summary>
public sealed record CreditTermsChanged : IntegrationEvent
{
    public decimal? CreditLimit { get; init; }
    public required string Currency { get; init; }
    public string? PaymentTerms { get; init; }
}

/// <summary>A company's ordering settings (purchase-order rules, backorders) changed; its accounts' ordering profiles with them.</summary>
public sealed record OrderingSettingsChanged : IntegrationEvent;
