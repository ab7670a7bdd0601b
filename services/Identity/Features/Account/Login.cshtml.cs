using B2BPortal.Identity.Data;
using B2BPortal.Identity.Features.Audit;
using B2BPortal.Identity.Features.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace B2BPortal.Identity.Features.Account;

/// <summary>
/// Email and password sign-in; five failures in a row lock the user out for 15 minutes. A user with two-factor sign-in
/// turned on continues at <see cref="LoginWithTwoFactorModel"/>.
/// </summary>
public sealed class LoginModel(SignInManager<PortalUser> signIn, IdentityDbContext db, SecurityAudit audit) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string Email { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    public string? Error { get; private set; }

    public async Task<IActionResult> OnPostAsync()
    {
        // The failure count Identity keeps and the audit record commit together.
        await using var transaction = await db.Database.BeginTransactionAsync(HttpContext.RequestAborted);
        var result = await signIn.PasswordSignInAsync(Email, Password, isPersistent: false, lockoutOnFailure: true);
        await audit.SignInAsync(await signIn.UserManager.FindByEmailAsync(Email), Email, result, "password", HttpContext.RequestAborted);
        await transaction.CommitAsync(HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("LoginWithTwoFactor", new { ReturnUrl });
        }

        Error = result.IsLockedOut
            ? "Too many failed attempts: this account is locked for 15 minutes. Try again later or ask your administrator."
            : "The email or password is not right.";
        return Page();
    }
}
