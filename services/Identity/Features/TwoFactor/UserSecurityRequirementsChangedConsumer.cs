using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.Contracts.Events;
using B2BPortal.Identity.Data;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Identity.Features.TwoFactor;

/// <summary>
/// Keeps the latest two-factor requirement per user; the authorize and token endpoints enforce it. One upsert decides,
/// so two deliveries for the same user handled at once cannot let the older word win.
/// </summary>
public sealed class UserSecurityRequirementsChangedConsumer(IdentityDbContext db)
    : InboxConsumer<UserSecurityRequirementsChanged, IdentityDbContext>(db)
{
    protected override async Task HandleAsync(ConsumeContext<UserSecurityRequirementsChanged> context, CancellationToken cancellationToken)
    {
        var changed = context.Message;
        await Db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO identity.security_requirements (user_id, require_two_factor, as_of)
            VALUES ({changed.UserId.ToString()}, {changed.RequireTwoFactor}, {changed.OccurredAt.ToUniversalTime()})
            ON CONFLICT (user_id) DO UPDATE SET require_two_factor = excluded.require_two_factor, as_of = excluded.as_of
            WHERE security_requirements.as_of <= excluded.as_of
            """, cancellationToken);
    }
}
