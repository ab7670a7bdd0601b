using System.Security.Claims;

namespace B2BPortal.BuildingBlocks.AccountScope;

/// <summary>
/// Who is calling, read from a validated portal access token: a user (subject = user id) or a partner system
/// (client credentials: subject = client id, bound to the accounts in its <c>account_id</c> claims).
/// </summary>
public sealed record PortalCaller(string Subject, string Name, bool IsPartner, IReadOnlyList<Guid> BoundAccounts)
{
    public const string SubjectClaim = "sub";
    public const string ClientIdClaim = "client_id";
    public const string AccountClaim = "account_id";

    public Guid? UserId => !IsPartner && Guid.TryParse(Subject, out var id) ? id : null;

    public static PortalCaller? From(ClaimsPrincipal user)
    {
        var subject = user.FindFirst(SubjectClaim)?.Value;
        if (user.Identity?.IsAuthenticated != true || string.IsNullOrEmpty(subject))
        {
            return null;
        }

        var isPartner = user.FindFirst(ClientIdClaim)?.Value == subject;
        var accounts = isPartner
            ? user.FindAll(AccountClaim).Select(c => Guid.TryParse(c.Value, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).ToList()
            : [];
        return new PortalCaller(subject, user.FindFirst("name")?.Value ?? subject, isPartner, accounts);
    }
}
