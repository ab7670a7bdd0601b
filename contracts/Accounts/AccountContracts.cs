using Refit;

namespace B2BPortal.Contracts.Accounts;

public sealed record AccountDto(Guid Id, string Name, Guid? ParentId);

/// <summary>
/// One account the caller may act for, with the roles that hold there (granted on it or inherited from above) and the
/// accounts above it, nearest first (what a unit inherits, such as contract prices, comes from them).
/// </summary>
public sealed record AccountAccessDto(
    Guid AccountId, string Name, Guid? ParentId, Guid CompanyId, IReadOnlyList<string> Roles, decimal? ApprovalLimit, IReadOnlyList<Guid> Ancestors);

public sealed record CreditTermsDto(decimal? CreditLimit, string Currency, string? PaymentTerms, DateTimeOffset? UpdatedAt);

public sealed record AccountDetailsDto(
    Guid Id, string Name, Guid? ParentId, Guid CompanyId, string CompanyName, int Level, bool RequireTwoFactor, CreditTermsDto CreditTerms);

public sealed record MemberDto(
    Guid MembershipId, Guid UserId, string Email, string DisplayName, Guid AccountId, string AccountName, string Role, decimal? ApprovalLimit, string Status);

public sealed record InviteMemberRequest(string Email, string? DisplayName, string Role, decimal? ApprovalLimit);

/// <summary>Change a membership; fields left null stay as they are. <c>Status</c> is <c>Active</c> or <c>Disabled</c>.</summary>
public sealed record UpdateMemberRequest(string? Role, decimal? ApprovalLimit, string? Status);

public sealed record UpdateCreditTermsRequest(decimal? CreditLimit, string Currency, string? PaymentTerms);

public sealed record SecurityPolicyDto(bool RequireTwoFactor);

public sealed record AuditEntryDto(Guid Id, Guid AccountId, string Action, string Summary, string Actor, string? IpAddress, DateTimeOffset OccurredAt);

public static class MembershipStatuses
{
    public const string Active = "Active";
    public const string Disabled = "Disabled";
}

/// <summary>What every service asks the Account service, with the caller's own token, to learn the caller's scope.</summary>
public interface IAccountScopeApi
{
    [Get("/api/v1/me/accounts")]
    Task<IReadOnlyList<AccountAccessDto>> GetMyAccountsAsync([Authorize("Bearer")] string accessToken, CancellationToken cancellationToken = default);
}
