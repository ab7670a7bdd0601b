using B2BPortal.Identity.Features.Users;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace B2BPortal.Identity.Features.Invitations;

/// <summary>
/// An invitation link carries a token of its own provider: bound to the user, protected by the data-protection keys,
/// valid for <see cref="Lifetime"/> and spent once the password is set (setting it changes the security stamp).
/// </summary>
public sealed class InvitationLinks(UserManager<PortalUser> users, IConfiguration configuration)
{
    public const string Path = "/account/accept-invitation";
    public const string TokenProvider = "Invitation";
    private const string Purpose = "ChoosePassword";

    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    public async Task<Uri> CreateAsync(PortalUser user)
    {
        var token = await users.GenerateUserTokenAsync(user, TokenProvider, Purpose);
        var issuer = new Uri(configuration["Identity:Issuer"]!);
        return new Uri(issuer, $"{Path.TrimStart('/')}?user={Uri.EscapeDataString(user.Id)}&token={Uri.EscapeDataString(token)}");
    }

    public Task<bool> IsValidAsync(PortalUser user, string token) => users.VerifyUserTokenAsync(user, TokenProvider, Purpose, token);
}

/// <summary>Data-protection tokens with the invitation's lifetime, apart from the default provider's (password reset, e-mail change).</summary>
public sealed class InvitationTokenProvider(
    IDataProtectionProvider dataProtection, IOptions<InvitationTokenProviderOptions> options, ILogger<DataProtectorTokenProvider<PortalUser>> logger)
    : DataProtectorTokenProvider<PortalUser>(dataProtection, options, logger);

public sealed class InvitationTokenProviderOptions : DataProtectionTokenProviderOptions
{
    public InvitationTokenProviderOptions()
    {
        Name = InvitationLinks.TokenProvider;
        TokenLifespan = InvitationLinks.Lifetime;
    }
}
