using B2BPortal.BuildingBlocks.Audit;
using B2BPortal.Account.Data;
using B2BPortal.Account.Features.Accounts;
using B2BPortal.BuildingBlocks.AccountScope;
using B2BPortal.Contracts.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Account.Features.Members;

internal static class MembersApi
{
    public static RouteGroupBuilder MapMembersApi(this RouteGroupBuilder account)
    {
        account.MapGet("/members", ListAsync).WithName("ListMembers").WithSummary("The people of the account and its units, with role, approval limit and status.");
        account.MapPost("/members", MemberChanges.InviteAsync).WithName("InviteMember").WithSummary("Invites a person into the account (or one of its units) with a role; they get a mail to choose a password.").RequirePermission(AccountPermission.ManageMembers).Audited("member.invited");
        account.MapPatch("/members/{membershipId:guid}", MemberChanges.UpdateAsync).WithName("UpdateMember").WithSummary("Changes a member's role, approval limit or status (Active / Disabled), within the caller's part of the company.").RequirePermission(AccountPermission.ManageMembers)
            .Audited("member.changed", "membershipId");
        return account;
    }

    /// <summary>Members of the account and of every unit below it.</summary>
    private static async Task<Ok<List<MemberDto>>> ListAsync(Guid accountId, AccountDbContext db, CancellationToken cancellationToken)
    {
        var tree = await AccountTree.LoadAsync(db, cancellationToken);
        var accounts = tree.SelfAndDescendants(accountId).ToDictionary(a => a.Id);
        var ids = accounts.Keys.ToList();
        var memberships = await db.Memberships.AsNoTracking()
            .Where(m => m.AccountId != null && ids.Contains(m.AccountId.Value))
            .OrderBy(m => m.Email).ThenBy(m => m.Role)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(memberships.Select(m => m.ToDto(accounts[m.AccountId!.Value].Name)).ToList());
    }

    public static MemberDto ToDto(this Membership membership, string accountName) => new(
        membership.Id, membership.UserId, membership.Email, membership.DisplayName, membership.AccountId!.Value, accountName,
        membership.Role, membership.ApprovalLimit, membership.Status);
}
