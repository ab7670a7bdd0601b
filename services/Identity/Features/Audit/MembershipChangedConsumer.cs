using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.Contracts.Accounts;
using B2BPortal.Contracts.Events;
using B2BPortal.Identity.Data;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Identity.Features.Audit;

/// <summary>Keeps which accounts each user is an active member of (<see cref="UserAccount"/>).</summary>
public sealed class MembershipChangedConsumer(IdentityDbContext db) : InboxConsumer<MembershipChanged, IdentityDbContext>(db)
{
    protected override async Task HandleAsync(ConsumeContext<MembershipChanged> context, CancellationToken cancellationToken)
    {
        var changed = context.Message;
        var userId = changed.UserId.ToString();
        if (changed.Status == MembershipStatuses.Active)
        {
            await Db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO identity.user_accounts (user_id, account_id) VALUES ({userId}, {changed.AccountId}) ON CONFLICT DO NOTHING
                """, cancellationToken);
        }
        else
        {
            await Db.UserAccounts.Where(a => a.UserId == userId && a.AccountId == changed.AccountId).ExecuteDeleteAsync(cancellationToken);
        }
    }
}
