using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.Contracts.Events;
using B2BPortal.Identity.Data;
using B2BPortal.Identity.Features.Mail;
using B2BPortal.Identity.Features.Users;
using MassTransit;
using Microsoft.AspNetCore.Identity;

namespace B2BPortal.Identity.Features.Invitations;

/// <summary>
/// Creates the invited person (with the user id the Account service chose) and mails them a link to choose a password.
/// Someone who already has a password is not mailed; someone invited before who never chose one gets a fresh link.
/// </summary>
public sealed class MemberInvitedConsumer(IdentityDbContext db, UserManager<PortalUser> users, InvitationLinks links, ILogger<MemberInvitedConsumer> logger)
    : InboxConsumer<MemberInvited, IdentityDbContext>(db)
{
    protected override async Task HandleAsync(ConsumeContext<MemberInvited> context, CancellationToken cancellationToken)
    {
        var invited = context.Message;
        var user = await users.FindByIdAsync(invited.UserId.ToString());
        if (user is null)
        {
            if (await users.FindByEmailAsync(invited.Email) is { } other)
            {
                logger.LogError("Invitation {MembershipId}: {Email} already belongs to user {ExistingUserId}, not to {UserId}; nobody was created.",
                    invited.MembershipId, invited.Email, other.Id, invited.UserId);
                return;
            }

            user = new PortalUser { Id = invited.UserId.ToString(), UserName = invited.Email, Email = invited.Email, DisplayName = invited.DisplayName };
            var created = await users.CreateAsync(user);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"Invited user {invited.UserId}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
            }
        }

        if (await users.HasPasswordAsync(user))
        {
            return;
        }

        var link = await links.CreateAsync(user);
        Db.OutgoingMail.Add(new OutgoingMail
        {
            To = invited.Email,
            Subject = "You are invited to B2B Portal",
            Body = $"Hello {invited.DisplayName},\n\nyou have been invited to B2B Portal as {invited.Role}. "
                + $"Choose your password here (the link works for {InvitationLinks.Lifetime.TotalDays:0} days):\n\n{link}\n",
            Link = link.ToString(),
        });
    }
}
