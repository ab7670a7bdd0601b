using B2BPortal.Identity.Features.Users;
using Microsoft.AspNetCore.Identity;

namespace B2BPortal.Identity.Features.Invitations;

/// <summary>
/// An invitation link carries a password-reset token: bound to the user, protected by the data-protection keys, valid for
/// <see cref="Lifetime"/> and spent once the password is set (the security stamp changes).
/// </summary>
public sealed class InvitationLinks(UserManager<PortalUser> users, IConfiguration configuration)
{
    public const string Path = "/account/accept-invitation";

    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    public async Task<Uri> CreateAsync(PortalUser user)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var issuer = new Uri(configuration["Identity:Issuer"]!);
        return new Uri(issuer, $"{Path.TrimStart('/')}?user={Uri.EscapeDataString(user.Id)}&token={Uri.EscapeDataString(token)}");
    }
}
