using B2BPortal.Identity.Features.Clients;
using B2BPortal.Identity.Features.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace B2BPortal.Identity.Features.Invitations;

/// <summary>An invited person chooses their password with the link from the invitation mail, then goes to the portal to sign in.</summary>
public sealed class AcceptInvitationModel(UserManager<PortalUser> users, InvitationLinks links, ReturnUrls returnUrls) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty]
    public string ConfirmPassword { get; set; } = "";

    public string? Email { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public string? PortalUrl { get; private set; }

    public bool Done { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Email = (await InvitedUserAsync())?.Email;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await InvitedUserAsync();
        if (user is null)
        {
            return Page();
        }

        Email = user.Email;
        if (Password != ConfirmPassword)
        {
            Errors = ["The two passwords are not the same."];
            return Page();
        }

        var added = await users.AddPasswordAsync(user, Password);
        if (!added.Succeeded)
        {
            Errors = [.. added.Errors.Select(e => e.Description)];
            return Page();
        }

        user.EmailConfirmed = true;
        await users.UpdateAsync(user);
        Done = true;
        PortalUrl = await returnUrls.PortalAsync(HttpContext.RequestAborted);
        return Page();
    }

    /// <summary>The invited user, when the link is theirs, still valid and not used yet; otherwise null with the reason in <see cref="Errors"/>.</summary>
    private async Task<PortalUser?> InvitedUserAsync()
    {
        var user = string.IsNullOrEmpty(UserId) || string.IsNullOrEmpty(Token) ? null : await users.FindByIdAsync(UserId);
        if (user is not null && await users.HasPasswordAsync(user))
        {
            Errors = ["This invitation has been used already: sign in with the password you chose."];
            return null;
        }

        if (user is null || !await links.IsValidAsync(user, Token!))
        {
            Errors = [$"This invitation link is not valid or has expired (links work for {InvitationLinks.Lifetime.TotalDays:0} days). Ask your administrator to invite you again."];
            return null;
        }

        return user;
    }
}
