using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.Contracts.Events;
using B2BPortal.Identity.Data;
using MassTransit;

namespace B2BPortal.Identity.Features.TwoFactor;

/// <summary>Keeps the latest two-factor requirement per user; the authorize endpoint enforces it.</summary>
public sealed class UserSecurityRequirementsChangedConsumer(IdentityDbContext db)
    : InboxConsumer<UserSecurityRequirementsChanged, IdentityDbContext>(db)
{
    protected override async Task HandleAsync(ConsumeContext<UserSecurityRequirementsChanged> context, CancellationToken cancellationToken)
    {
        var changed = context.Message;
        var userId = changed.UserId.ToString();
        var requirement = await Db.SecurityRequirements.FindAsync([userId], cancellationToken);
        if (requirement is null)
        {
            Db.SecurityRequirements.Add(new SecurityRequirement { UserId = userId, RequireTwoFactor = changed.RequireTwoFactor, AsOf = changed.OccurredAt });
        }
        else if (changed.OccurredAt >= requirement.AsOf)
        {
            requirement.RequireTwoFactor = changed.RequireTwoFactor;
            requirement.AsOf = changed.OccurredAt;
        }
    }
}
