using B2BPortal.BuildingBlocks.AccountScope;
using B2BPortal.Contracts.Accounts;
using B2BPortal.Contracts.Audit;
using Microsoft.AspNetCore.Http;

namespace B2BPortal.BuildingBlocks.Audit;

/// <summary>Who acted, as an audit record names them.</summary>
public sealed record AuditActor(string Kind, string? Id, string Name, string? OnBehalfOf = null)
{
    public static AuditActor Portal { get; } = new(AuditActorKinds.System, null, "B2B Portal");

    public static AuditActor User(string userId, string name) => new(AuditActorKinds.User, userId, name);

    /// <summary>
    /// The caller of an API request: a user, or a partner system on behalf of the account it acts for. A request without a portal
    /// token counts as anonymous.
    /// </summary>
    public static AuditActor Of(HttpContext http)
    {
        if (PortalCaller.From(http.User) is not { } caller)
        {
            return new AuditActor(AuditActorKinds.Anonymous, null, "anonymous");
        }

        if (!caller.IsPartner)
        {
            return new AuditActor(AuditActorKinds.User, caller.Subject, caller.Name);
        }

        var actingFor = http.Features.Get<AccountAccessDto>();
        return new AuditActor(AuditActorKinds.Partner, caller.Subject, caller.Name, actingFor is null ? null : $"{actingFor.Name} ({actingFor.AccountId})");
    }
}
