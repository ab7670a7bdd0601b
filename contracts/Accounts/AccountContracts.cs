using System.Text.Json.Serialization;
using Refit;

namespace B2BPortal.Contracts.Accounts;

public sealed record AccountDto(Guid Id, string Name, Guid? ParentId);

/// <summary>
/// One account the caller may act for, with the roles that hold there (granted on it or inherited from above) and the
/// accounts above it, nearest first (what a unit inherits, such as contract prices, comes from them).
/// </summary>
public sealed record AccountAccessDto(
    Guid AccountId, string Name, Guid? ParentId, Guid CompanyId, IReadOnlyList<string> Roles, decimal? ApprovalLimit, IReadOnlyList<Guid> Ancestors);

/// <summary>
/// The company's credit terms. The ERP is their authority: <c>ConfirmedByErpAt</c> is when the ERP's credit feed last set them;
/// a change made in the portal is sent to the ERP and overwritten by whatever the ERP answers (see docs, "Credit").
/// </summary>
public sealed record CreditTermsDto(decimal? CreditLimit, string Currency, string? PaymentTerms, DateTimeOffset? UpdatedAt)
{
    public DateTimeOffset? ConfirmedByErpAt { get; init; }
}

public sealed record AccountDetailsDto(
    Guid Id, string Name, Guid? ParentId, Guid CompanyId, string CompanyName, int Level, bool RequireTwoFactor, CreditTermsDto CreditTerms);

public sealed record MemberDto(
    Guid MembershipId, Guid UserId, string Email, string DisplayName, Guid AccountId, string AccountName, string Role, decimal? ApprovalLimit, string Status);

/// <summary>An invitation; an <c>Approver</c> needs an <c>ApprovalLimit</c> (the largest order total they may approve).</summary>
public sealed record InviteMemberRequest(string Email, string Role, string? DisplayName = null, decimal? ApprovalLimit = null);

/// <summary>Change a membership; fields left null stay as they are. <c>Status</c> is <c>Active</c> or <c>Disabled</c>.</summary>
public sealed record UpdateMemberRequest(string? Role = null, decimal? ApprovalLimit = null, string? Status = null);

/// <summary>Replaces the credit terms: every field must be sent, <c>creditLimit</c> null for no limit, <c>paymentTerms</c> null for none.</summary>
public sealed record UpdateCreditTermsRequest(decimal? CreditLimit, string Currency, string? PaymentTerms);

/// <summary><c>requireTwoFactor</c> must be sent: left out, it would read as false and switch the requirement off.</summary>
public sealed record SecurityPolicyDto([property: JsonRequired] bool RequireTwoFactor);

public static class MembershipStatuses
{
    public const string Active = "Active";
    public const string Disabled = "Disabled";
}

/// <summary>A delivery address of an account; an account may ship to its own addresses and to those of the accounts above it.</summary>
public sealed record ShipToAddressDto(
    Guid Id, Guid AccountId, string Label, string Recipient, string Street, string PostalCode, string City, string Country, bool IsDefault);

/// <summary>
/// How the company orders, set on the company and holding for its units: whether a purchase-order reference is required,
/// the format it must have (a regular expression, with a hint for people), whether one may be used twice, and whether
/// lines may be ordered beyond the stock in their warehouse (backorders). Every yes/no must be sent: one left out would read as no.
/// </summary>
public sealed record OrderingSettingsDto(
    [property: JsonRequired] bool PurchaseOrderRequired, string? PurchaseOrderPattern, string? PurchaseOrderHint,
    [property: JsonRequired] bool UniquePurchaseOrders, [property: JsonRequired] bool AllowBackorders);

/// <summary>
/// What ordering for an account needs to know of it: its company, its ordering settings, where it may ship to, and the approval
/// rules that hold for it (its own or inherited; null when none).
/// </summary>
public sealed record OrderingProfileDto(
    Guid AccountId, string AccountName, Guid CompanyId, string CompanyName, OrderingSettingsDto Settings, IReadOnlyList<ShipToAddressDto> ShipToAddresses)
{
    public ApprovalPolicyDto? ApprovalPolicy { get; init; }
}

/// <summary>The Account service's ordering profile, asked with the caller's own token by the Order service (which checks every order).</summary>
public interface IOrderingProfileApi
{
    [Get("/api/v1/accounts/{accountId}/ordering-profile")]
    Task<OrderingProfileDto> GetOrderingProfileAsync(Guid accountId, [Authorize] string accessToken, CancellationToken cancellationToken = default);
}

/// <summary>What every service asks the Account service, with the caller's own token, to learn the caller's scope.</summary>
public interface IAccountScopeApi
{
    [Get("/api/v1/me/accounts")]
    Task<IReadOnlyList<AccountAccessDto>> GetMyAccountsAsync([Authorize("Bearer")] string accessToken, CancellationToken cancellationToken = default);
}
