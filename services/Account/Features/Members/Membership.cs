using B2BPortal.Contracts.Accounts;

namespace B2BPortal.Account.Features.Members;

/// <summary>
/// A user's role on one account (and so on everything below it). <see cref="AccountId"/> is null only for a
/// platform admin, whose role holds everywhere.
/// </summary>
public sealed class Membership
{
    public Guid Id { get; init; }
    public Guid UserId { get; init; }
    public required string Email { get; init; }
    public required string DisplayName { get; set; }
    public Guid? AccountId { get; init; }
    public required string Role { get; set; }
    public decimal? ApprovalLimit { get; set; }
    public string Status { get; set; } = MembershipStatuses.Active;
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }

    public bool IsActive => Status != MembershipStatuses.Disabled;
}
