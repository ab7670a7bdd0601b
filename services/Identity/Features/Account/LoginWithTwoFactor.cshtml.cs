using B2BPortal.Identity.Data;
using B2BPortal.Identity.Features.Audit;
using B2BPortal.Identity.Features.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;

namespace B2BPortal.Identity.Features.Account;

/// <summary>
/// The second step of sign-in for a user with two-factor sign-in on: a code from the authenticator app, or one of the
/// recovery codes (each works once). Wrong codes count towards the same lockout as wrong passwords.
/// </summary>
public sealed class LoginWithTwoFactorModel(SignInManager<PortalUser> signIn, UserManager<PortalUser> users, IdentityDbContext db, SecurityAudit audit) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? RecoveryCode { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RestartSignIn() : Page();

    public async Task<IActionResult> OnPostCodeAsync()
    {
        var code = (Code ?? "").Replace(" ", "", StringComparison.Ordinal);
        await using var transaction = await db.Database.BeginTransactionAsync(HttpContext.RequestAborted);
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        await AuditAsync(user, result, "authenticator code");
        await transaction.CommitAsync(HttpContext.RequestAborted);
        return await OutcomeAsync(result, "That code is not right. Codes change every 30 seconds: enter the one your app shows now.");
    }

    public async Task<IActionResult> OnPostRecoveryCodeAsync()
    {
        await using var transaction = await db.Database.BeginTransactionAsync(HttpContext.RequestAborted);
        var signingIn = await signIn.GetTwoFactorAuthenticationUserAsync();
        var result = await signIn.TwoFactorRecoveryCodeSignInAsync((RecoveryCode ?? "").Replace(" ", "", StringComparison.Ordinal));
        if (!result.Succeeded && !result.IsLockedOut && signingIn is { } user)
        {
            // Identity counts wrong authenticator codes towards the lockout but not wrong recovery codes: count them too.
            await users.AccessFailedAsync(user);
            if (await users.IsLockedOutAsync(user))
            {
                result = SignInResult.LockedOut;
            }
        }

        await AuditAsync(signingIn, result, "recovery code");
        await transaction.CommitAsync(HttpContext.RequestAborted);
        return await OutcomeAsync(result, "That recovery code is not right or has been used already.");
    }

    private async Task<IActionResult> OutcomeAsync(SignInResult result, string wrongCode)
    {
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        if (result.IsLockedOut)
        {
            Error = "Too many failed attempts: this account is locked for 15 minutes. Try again later or ask your administrator.";
            return Page();
        }

        // Without the first step's cookie (it lasts five minutes) there is nobody to check the code for: start again.
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RestartSignIn();
        }

        Error = wrongCode;
        return Page();
    }

    /// <summary>Without the first step's cookie there is nobody to record the attempt for; the page starts sign-in again.</summary>
    private async Task AuditAsync(PortalUser? user, SignInResult result, string factor)
    {
        if (user is not null)
        {
            await audit.SignInAsync(user, null, result, factor, HttpContext.RequestAborted);
        }
    }

    private RedirectToPageResult RestartSignIn() => RedirectToPage("Login", new { ReturnUrl });
}
