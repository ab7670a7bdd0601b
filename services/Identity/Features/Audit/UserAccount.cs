namespace B2BPortal.Identity.Features.Audit;

/// <summary>
/// An account a user is an active member of, kept from the Account service's membership events, so that the user's sign-ins and
/// security changes land in the audit trail of each company they act for.
/// </summary>
public sealed class UserAccount
{
    public required string UserId { get; init; }
    public required Guid AccountId { get; init; }
}
