using B2BPortal.Identity.Data;
using B2BPortal.Identity.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Identity.Features.TwoFactor;

/// <summary>Whether a user's companies require a second factor, as last published by the Account service.</summary>
public sealed class TwoFactorPolicy(IdentityDbContext db)
{
    public Task<bool> IsRequiredAsync(PortalUser user, CancellationToken cancellationToken) =>
        db.SecurityRequirements.AnyAsync(r => r.UserId == user.Id && r.RequireTwoFactor, cancellationToken);

    /// <summary>A user who must use a second factor but has not set one up yet may not get tokens until they enrol.</summary>
    public async Task<bool> MustEnrolAsync(PortalUser user, CancellationToken cancellationToken) =>
        !user.TwoFactorEnabled && await IsRequiredAsync(user, cancellationToken);
}
