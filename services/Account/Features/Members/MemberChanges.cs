using B2BPortal.Contracts.Money;
using System.Net.Mail;
using B2BPortal.Account.Data;
using B2BPortal.Account.Features.Accounts;
using B2BPortal.BuildingBlocks.Audit;
using B2BPortal.Account.Features.Security;
using B2BPortal.BuildingBlocks.AccountScope;
using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.Contracts.Accounts;
using B2BPortal.Contracts.Events;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Account.Features.Members;

/// <summary>
/// Delegated administration: invite, re-role and disable members of the account acted for and the units below it.
/// Each change is audited and published in the same transaction.
/// </summary>
internal static class MemberChanges
{
    private const string ApproverNeedsLimit =
        "An Approver needs an approval limit: the largest order total (net, in the account's currency) they may approve.";

    public static async Task<Results<Created<MemberDto>, ValidationProblem, ProblemHttpResult>> InviteAsync(
        Guid accountId, InviteMemberRequest request, HttpContext http, AccountDbContext db, IIntegrationEventOutbox outbox,
        AuditTrail audit, CancellationToken cancellationToken)
    {
        var errors = Validate(request.Role, request.ApprovalLimit, status: null);
        if (request.Role is null)
        {
            errors["role"] = [$"Give the new member's role: one of {string.Join(", ", AccountRoles.Assignable)}."];
        }
        else if (request.Role == AccountRoles.Approver && request.ApprovalLimit is null)
        {
            errors["approvalLimit"] = [ApproverNeedsLimit];
        }

        if (request.Email?.Trim() is not { Length: > 0 and <= AccountFieldRules.MaxEmailLength } || !MailAddress.TryCreate(request.Email.Trim(), out var address))
        {
            errors["email"] = [$"Give the e-mail address the new member signs in with (up to {AccountFieldRules.MaxEmailLength} characters)."];
            address = null;
        }

        if (request.DisplayName?.Trim() is { Length: > AccountFieldRules.MaxDisplayNameLength })
        {
            errors["displayName"] = [$"Give a name of up to {AccountFieldRules.MaxDisplayNameLength} characters."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The invitation was not sent.");
        }

        var acting = http.ActingFor();
        var role = request.Role!;
        if (!AccountRoles.MayGrant(acting.Roles, role))
        {
            return CannotGrant(acting, role);
        }

        var email = address!.Address.ToLowerInvariant();
        var known = await db.Memberships.Where(m => m.Email == email).ToListAsync(cancellationToken);
        if (known.Any(m => m.AccountId == accountId && m.Role == request.Role))
        {
            return TypedResults.Problem(statusCode: 409, title: "Already a member.", detail: $"{email} already is {request.Role} at {acting.Name}.");
        }

        var now = DateTimeOffset.UtcNow;
        var membership = new Membership
        {
            Id = Guid.CreateVersion7(),
            UserId = known.FirstOrDefault()?.UserId ?? Guid.CreateVersion7(),
            Email = email,
            DisplayName = request.DisplayName?.Trim() is { Length: > 0 } name ? name : known.FirstOrDefault()?.DisplayName ?? email,
            AccountId = accountId,
            Role = role,
            ApprovalLimit = role == AccountRoles.Approver ? request.ApprovalLimit : null,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Memberships.Add(membership);
        outbox.Add(new MemberInvited
        {
            AccountId = accountId, MembershipId = membership.Id, UserId = membership.UserId, Email = email, DisplayName = membership.DisplayName,
            Role = membership.Role,
        });
        await PublishChangeAsync(db, outbox, membership, http, cancellationToken);
        audit.Record(accountId, "member.invited", $"{email} invited as {membership.Role}{LimitText(membership)}",
            new AuditDetails(email, membership.Id.ToString(), new AuditChanges().Set("role", membership.Role).Set("approvalLimit", membership.ApprovalLimit)
                .Set("status", membership.Status), StatusCodes.Status201Created));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/accounts/{accountId}/members/{membership.Id}", membership.ToDto(acting.Name));
    }

    public static async Task<Results<Ok<MemberDto>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid accountId, Guid membershipId, UpdateMemberRequest request, HttpContext http, AccountDbContext db, IIntegrationEventOutbox outbox,
        AuditTrail audit, CancellationToken cancellationToken)
    {
        var errors = Validate(request.Role, request.ApprovalLimit, request.Status);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The membership was not changed.");
        }

        var tree = await AccountTree.LoadAsync(db, cancellationToken);
        var inScope = tree.SelfAndDescendants(accountId).Select(a => a.Id).ToList();
        var membership = await db.Memberships.SingleOrDefaultAsync(
            m => m.Id == membershipId && m.AccountId != null && inScope.Contains(m.AccountId.Value), cancellationToken);
        if (membership is null)
        {
            return TypedResults.Problem(statusCode: 404, title: "Member not found.", detail: $"There is no membership {membershipId} in this account or below it.");
        }

        var acting = http.ActingFor();
        if (PortalCaller.From(http.User)?.UserId == membership.UserId)
        {
            return TypedResults.Problem(statusCode: 409, title: "Not on your own membership.", detail: "Another administrator changes your roles.");
        }

        var newRole = request.Role ?? membership.Role;
        if (!AccountRoles.MayGrant(acting.Roles, membership.Role) || !AccountRoles.MayGrant(acting.Roles, newRole))
        {
            return CannotGrant(acting, AccountRoles.MayGrant(acting.Roles, membership.Role) ? newRole : membership.Role);
        }

        var limit = newRole == AccountRoles.Approver ? request.ApprovalLimit ?? membership.ApprovalLimit : null;
        if (newRole == AccountRoles.Approver && limit is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["approvalLimit"] = [ApproverNeedsLimit] }, title: "The membership was not changed.");
        }

        var before = $"{membership.Role}{LimitText(membership)}, {membership.Status}";
        var changes = new AuditChanges().Field("role", membership.Role, newRole).Field("approvalLimit", membership.ApprovalLimit, limit)
            .Field("status", membership.Status, request.Status ?? membership.Status);
        membership.Role = newRole;
        membership.ApprovalLimit = limit;
        membership.Status = request.Status ?? membership.Status;
        membership.UpdatedAt = DateTimeOffset.UtcNow;
        await PublishChangeAsync(db, outbox, membership, http, cancellationToken);
        audit.Record(membership.AccountId!.Value, "member.changed",
            $"{membership.Email}: {before} → {membership.Role}{LimitText(membership)}, {membership.Status}",
            new AuditDetails(membership.Email, membership.Id.ToString(), changes));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(membership.ToDto(tree.Find(membership.AccountId.Value)!.Name));
    }

    private static async Task PublishChangeAsync(
        AccountDbContext db, IIntegrationEventOutbox outbox, Membership membership, HttpContext http, CancellationToken cancellationToken)
    {
        outbox.Add(new MembershipChanged
        {
            AccountId = membership.AccountId!.Value, MembershipId = membership.Id, UserId = membership.UserId, Role = membership.Role,
            ApprovalLimit = membership.ApprovalLimit, Status = membership.Status, ChangedBy = PortalCaller.From(http.User)!.Subject,
        });
        await TwoFactorRequirements.PublishForAsync(db, outbox, [membership.UserId], pending: membership, cancellationToken);
    }

    private static Dictionary<string, string[]> Validate(string? role, decimal? approvalLimit, string? status)
    {
        var errors = new Dictionary<string, string[]>();
        if (role is not null && !AccountRoles.Assignable.Contains(role))
        {
            errors["role"] = [$"Role must be one of {string.Join(", ", AccountRoles.Assignable)}."];
        }

        if (approvalLimit is { } limit && MoneyRules.AmountProblem(limit, "an approval limit") is { } limitProblem)
        {
            errors["approvalLimit"] = [limitProblem];
        }

        if (status is not null && status is not (MembershipStatuses.Active or MembershipStatuses.Disabled))
        {
            errors["status"] = [$"Status must be {MembershipStatuses.Active} or {MembershipStatuses.Disabled}."];
        }

        return errors;
    }

    private static ProblemHttpResult CannotGrant(AccountAccessDto acting, string role) => TypedResults.Problem(
        statusCode: 403,
        title: "You cannot manage this role.",
        detail: $"With your roles at {acting.Name} ({string.Join(", ", acting.Roles)}) you cannot grant or change the role {role}.");

    private static string LimitText(Membership membership) => membership.ApprovalLimit is { } limit ? $" (limit {limit:0.##})" : "";
}
