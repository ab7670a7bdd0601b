using B2BPortal.BuildingBlocks.Audit;
using B2BPortal.Identity.Data;
using B2BPortal.Identity.Features.Audit;
using B2BPortal.Identity.Features.Clients;
using B2BPortal.Identity.Features.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using QRCoder;

namespace B2BPortal.Identity.Features.TwoFactor;

/// <summary>
/// A signed-in user turns on two-factor sign-in (scan the QR code or type the key into an authenticator app, confirm
/// with a code, keep the recovery codes), makes new recovery codes, or turns it off unless their company requires it.
/// </summary>
[Authorize]
public sealed class TwoFactorModel(UserManager<PortalUser> users, TwoFactorPolicy policy, ReturnUrls returnUrls, IdentityDbContext db, SecurityAudit audit)
    : PageModel
{
    private const string Issuer = "B2B Portal";
    private const int RecoveryCodeCount = 10;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    public bool Enabled { get; private set; }

    public bool Required { get; private set; }

    public int RecoveryCodesLeft { get; private set; }

    public string? SharedKey { get; private set; }

    public string? QrCodeDataUri { get; private set; }

    public IReadOnlyList<string> NewRecoveryCodes { get; private set; } = [];

    public string? ContinueUrl { get; private set; }

    public string? Error { get; private set; }

    public string? Notice { get; private set; }

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    public async Task<IActionResult> OnPostEnableAsync()
    {
        var user = await CurrentUserAsync();
        var code = (Code ?? "").Replace(" ", "", StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            Error = "That code is not right. Check that your phone's clock is correct and enter the code the app shows now.";
            return await ShowAsync();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(HttpContext.RequestAborted);
        await users.SetTwoFactorEnabledAsync(user, true);
        NewRecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
        await AuditAsync(user, "two-factor.enabled", "Two-factor sign-in turned on, with new recovery codes.", enabledBefore: false);
        await transaction.CommitAsync(HttpContext.RequestAborted);
        Notice = "Two-factor sign-in is on. From now on you sign in with your password and a code from the app.";
        return await ShowAsync();
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        var user = await CurrentUserAsync();
        await using var transaction = await db.Database.BeginTransactionAsync(HttpContext.RequestAborted);
        if (await ConfirmedAsync(user))
        {
            NewRecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
            Notice = "Your new recovery codes replace the old ones, which no longer work.";
            await AuditAsync(user, "two-factor.recovery-codes-replaced", "New recovery codes made; the old ones no longer work.", enabledBefore: true);
        }

        await transaction.CommitAsync(HttpContext.RequestAborted);

        return await ShowAsync();
    }

    /// <summary>A new phone: the old key stops working and the page shows a new one to enrol with.</summary>
    public async Task<IActionResult> OnPostNewPhoneAsync()
    {
        var user = await CurrentUserAsync();
        await using var transaction = await db.Database.BeginTransactionAsync(HttpContext.RequestAborted);
        if (await ConfirmedAsync(user))
        {
            await users.SetTwoFactorEnabledAsync(user, false);
            await users.ResetAuthenticatorKeyAsync(user);
            Notice = "Your old authenticator no longer works. Add B2B Portal to the app on your new phone.";
            await AuditAsync(user, "two-factor.authenticator-reset", "The authenticator was reset for a new phone; two-factor sign-in is off until it is set up again.",
                enabledBefore: true);
        }

        await transaction.CommitAsync(HttpContext.RequestAborted);

        return await ShowAsync();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        var user = await CurrentUserAsync();
        if (await policy.IsRequiredAsync(user, HttpContext.RequestAborted))
        {
            Error = "Your company requires two-factor sign-in, so it stays on.";
        }
        else
        {
            await using var transaction = await db.Database.BeginTransactionAsync(HttpContext.RequestAborted);
            if (await ConfirmedAsync(user))
            {
                await users.SetTwoFactorEnabledAsync(user, false);
                await users.ResetAuthenticatorKeyAsync(user);
                Notice = "Two-factor sign-in is off.";
                await AuditAsync(user, "two-factor.disabled", "Two-factor sign-in turned off.", enabledBefore: true);
            }

            await transaction.CommitAsync(HttpContext.RequestAborted);
        }

        return await ShowAsync();
    }

    /// <summary>
    /// Changing the second factor needs the second factor: a current code from the app, or an unused recovery code (which
    /// is spent), so a stolen browser session alone cannot take it over.
    /// </summary>
    private async Task<bool> ConfirmedAsync(PortalUser user)
    {
        var code = (Code ?? "").Replace(" ", "", StringComparison.Ordinal);
        if (user.TwoFactorEnabled && code.Length > 0
            && (await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code)
                || (await users.RedeemTwoFactorRecoveryCodeAsync(user, code)).Succeeded))
        {
            return true;
        }

        Error = "Enter the code your authenticator app shows now, or one of your recovery codes.";
        return false;
    }

    private async Task<IActionResult> ShowAsync()
    {
        ModelState.Remove(nameof(Code));
        var user = await CurrentUserAsync();
        var cancellationToken = HttpContext.RequestAborted;
        Enabled = user.TwoFactorEnabled;
        Required = await policy.IsRequiredAsync(user, cancellationToken);
        ContinueUrl = await returnUrls.AllowedOrNullAsync(Url, ReturnUrl, cancellationToken) ?? await returnUrls.PortalAsync(cancellationToken);
        if (Enabled)
        {
            RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
            return Page();
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }

        SharedKey = string.Join(' ', key!.ToLowerInvariant().Chunk(4).Select(chunk => new string(chunk)));
        var label = Uri.EscapeDataString($"{Issuer}:{user.Email}");
        var otpauth = $"otpauth://totp/{label}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";
        QrCodeDataUri = "data:image/png;base64," + Convert.ToBase64String(PngByteQRCodeHelper.GetQRCode(otpauth, QRCodeGenerator.ECCLevel.Q, 6));
        return Page();
    }

    private Task AuditAsync(PortalUser user, string action, string summary, bool enabledBefore) =>
        audit.RecordAsync(user, null, action, summary, StatusCodes.Status200OK,
            new AuditChanges().Field("twoFactorEnabled", enabledBefore, user.TwoFactorEnabled), HttpContext.RequestAborted);

    private async Task<PortalUser> CurrentUserAsync() =>
        await users.GetUserAsync(User) ?? throw new InvalidOperationException("The signed-in user no longer exists.");
}
