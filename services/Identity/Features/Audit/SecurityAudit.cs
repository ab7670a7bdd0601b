using B2BPortal.BuildingBlocks.Audit;
using B2BPortal.Identity.Data;
using B2BPortal.Identity.Features.Users;
using Microsoft.EntityFrameworkCore;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;

namespace B2BPortal.Identity.Features.Audit;

/// <summary>
/// Sign-ins, second-factor changes and partner tokens in the audit trail: one record in each account the user (or partner client)
/// acts for, or in the platform's own trail (<see cref="Guid.Empty"/>, internal staff only) when no account is known, such as a
/// sign-in attempt for an unknown address.
/// </summary>
public sealed class SecurityAudit(IdentityDbContext db, AuditTrail audit)
{
    public async Task RecordAsync(PortalUser? user, string? attemptedEmail, string action, string summary, int status,
        AuditChanges? changes = null, CancellationToken cancellationToken = default)
    {
        var accounts = user is null ? [] : await db.UserAccounts.AsNoTracking().Where(a => a.UserId == user.Id).Select(a => a.AccountId).ToListAsync(cancellationToken);
        var actor = user is null
            ? new AuditActor(Contracts.Audit.AuditActorKinds.Anonymous, null, attemptedEmail ?? "unknown")
            : AuditActor.User(user.Id, user.DisplayName ?? user.Email ?? user.Id);
        foreach (var account in accounts.DefaultIfEmpty(Guid.Empty).Order())
        {
            audit.Record(account, action, summary, new AuditDetails(user?.Email ?? attemptedEmail, user?.Id, changes, status, Actor: actor));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>One step of a sign-in: the password, the authenticator code or a recovery code, and what came of it.</summary>
    public Task SignInAsync(PortalUser? user, string? attemptedEmail, SignInResult result, string factor, CancellationToken cancellationToken)
    {
        var (action, status, summary) = result switch
        {
            { Succeeded: true } => ("sign-in.succeeded", StatusCodes.Status200OK, $"Signed in with the {factor}."),
            { RequiresTwoFactor: true } => ("sign-in.password-accepted", StatusCodes.Status200OK, "Password accepted; the second factor is asked next."),
            { IsLockedOut: true } => ("sign-in.locked-out", StatusCodes.Status423Locked, $"Sign-in refused ({factor}): locked out after repeated failures."),
            { IsNotAllowed: true } => ("sign-in.failed", StatusCodes.Status403Forbidden, "Sign-in refused: the user may not sign in."),
            _ when user is null => ("sign-in.failed", StatusCodes.Status401Unauthorized, "Sign-in failed: no user has this e-mail address."),
            _ => ("sign-in.failed", StatusCodes.Status401Unauthorized, $"Sign-in failed: wrong {factor}."),
        };
        return RecordAsync(user, attemptedEmail, action, summary, status, cancellationToken: cancellationToken);
    }

    /// <summary>A partner system was given an access token for the accounts its registration binds it to.</summary>
    public async Task PartnerTokenIssuedAsync(string clientId, string? displayName, IReadOnlyCollection<string> accounts, IEnumerable<string> scopes,
        CancellationToken cancellationToken)
    {
        var actor = new AuditActor(Contracts.Audit.AuditActorKinds.Partner, clientId, displayName ?? clientId);
        var bound = accounts.Select(a => Guid.TryParse(a, out var id) ? id : Guid.Empty).Distinct().DefaultIfEmpty(Guid.Empty).Order();
        foreach (var account in bound)
        {
            audit.Record(account, "partner-token.issued", $"{displayName ?? clientId} was given an access token ({string.Join(" ", scopes)}).",
                new AuditDetails(clientId, clientId, Actor: actor with { OnBehalfOf = account == Guid.Empty ? null : account.ToString() }));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
