using Microsoft.AspNetCore.Identity;

namespace B2BPortal.Identity.Features.Users;

/// <summary>A person who signs in to the portal; what they may do for which account lives in the Account service.</summary>
public sealed class PortalUser : IdentityUser
{
    public string? DisplayName { get; set; }
}
