using B2BPortal.Account.Data;
using B2BPortal.Account.Features.Accounts;
using B2BPortal.Account.Features.Members;
using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.Contracts.Events;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Account.Features.Security;

/// <summary>A user must use a second factor when any company they are an active member of requires it; Identity enforces it.</summary>
internal static class TwoFactorRequirements
{
    public static async Task PublishForAsync(
        AccountDbContext db, IIntegrationEventOutbox outbox, IReadOnlyCollection<Guid> userIds, Membership? pending, CancellationToken cancellationToken)
    {
        var tree = await AccountTree.LoadAsync(db, cancellationToken);
        var memberships = await db.Memberships.AsNoTracking().Where(m => userIds.Contains(m.UserId)).ToListAsync(cancellationToken);
        if (pending is not null)
        {
            memberships = [.. memberships.Where(m => m.Id != pending.Id), pending];
        }

        foreach (var user in memberships.GroupBy(m => m.UserId))
        {
            var required = user.Where(m => m.IsActive && m.AccountId is not null)
                .Select(m => tree.Find(m.AccountId!.Value))
                .Any(account => account is not null && tree.CompanyOf(account).RequireTwoFactor);
            var any = user.First();
            outbox.Add(new UserSecurityRequirementsChanged { AccountId = any.AccountId ?? Guid.Empty, UserId = user.Key, RequireTwoFactor = required });
        }
    }
}
