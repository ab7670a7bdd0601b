using B2BPortal.Account.Data;
using B2BPortal.BuildingBlocks.AccountScope;

namespace B2BPortal.Account.Features.Audit;

/// <summary>Adds an audit entry to the current unit of work, so it commits (or not) with the change it records.</summary>
public sealed class AuditTrail(AccountDbContext db, IHttpContextAccessor httpContextAccessor)
{
    public void Record(Guid accountId, string action, string summary)
    {
        var http = httpContextAccessor.HttpContext ?? throw new InvalidOperationException("Audit entries are recorded while serving a request.");
        var caller = PortalCaller.From(http.User) ?? throw new InvalidOperationException("Only authenticated callers change accounts.");
        db.AuditEntries.Add(new AuditEntry
        {
            AccountId = accountId,
            Action = action,
            Summary = summary,
            ActorSubject = caller.Subject,
            ActorName = caller.Name,
            IpAddress = http.Connection.RemoteIpAddress?.ToString(),
        });
    }
}
