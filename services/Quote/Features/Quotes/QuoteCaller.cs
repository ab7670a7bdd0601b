using B2BPortal.BuildingBlocks.AccountScope;
using B2BPortal.Contracts.Accounts;
using B2BPortal.Contracts.Quotes;

namespace B2BPortal.Quote.Features.Quotes;

/// <summary>
/// Which side of the quote the caller is on, for the account acted for: whoever may manage quotes there (the manufacturer's
/// account managers, platform admins) is the seller; everyone else is the buying company. One person is never both on one
/// quote, so nobody accepts a price they set themselves.
/// </summary>
public static class QuoteCaller
{
    public static string PartyOf(HttpContext http) =>
        AccountPermissions.Grants(http.ActingFor().Roles, AccountPermission.ManageQuotes) ? QuoteParties.Seller : QuoteParties.Buyer;

    public static QuoteActor ActorOf(HttpContext http)
    {
        var caller = PortalCaller.From(http.User) ?? throw new InvalidOperationException("An account-scoped route has a caller.");
        var email = caller.IsPartner ? null : http.User.FindFirst("email")?.Value;
        return new QuoteActor(PartyOf(http), caller.Subject, caller.Name, email, caller.IsPartner);
    }
}
