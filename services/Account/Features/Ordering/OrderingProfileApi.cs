using B2BPortal.Account.Data;
using B2BPortal.Account.Features.Accounts;
using B2BPortal.Account.Features.Approvals;
using B2BPortal.BuildingBlocks.Audit;
using B2BPortal.Account.Features.Security;
using B2BPortal.BuildingBlocks.AccountScope;
using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.Contracts.Accounts;
using B2BPortal.Contracts.Events;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Account.Features.Ordering;

internal static class OrderingProfileApi
{
    public static RouteGroupBuilder MapOrderingProfileApi(this RouteGroupBuilder account)
    {
        account.MapGet("/ordering-profile", GetAsync).WithName("GetOrderingProfile")
            .WithSummary("How the account orders: its company's purchase-order and backorder rules, and the addresses it may ship to (its own and those above it).");
        account.MapPut("/ordering-settings", UpdateAsync).WithName("UpdateOrderingSettings")
            .WithSummary("Sets the company's purchase-order rules and whether backorders are allowed. Company accounts only (409 on a unit).")
            .RequirePermission(AccountPermission.ManageOrderingSettings)
            .Audited("ordering-settings.changed");
        return account;
    }

    private static async Task<Ok<OrderingProfileDto>> GetAsync(Guid accountId, AccountDbContext db, CancellationToken cancellationToken)
    {
        var tree = await AccountTree.LoadAsync(db, cancellationToken);
        var account = tree.Find(accountId)!;
        var company = tree.CompanyOf(account);
        Guid[] chain = [account.Id, .. tree.AncestorsOf(account).Select(a => a.Id)];
        var addresses = await db.ShipToAddresses.AsNoTracking().Where(a => chain.Contains(a.AccountId)).ToListAsync(cancellationToken);
        var nearestFirst = addresses
            .OrderBy(a => Array.IndexOf(chain, a.AccountId)).ThenByDescending(a => a.IsDefault).ThenBy(a => a.Label, StringComparer.Ordinal)
            .Select(a => a.ToDto()).ToList();
        var approvals = await ApprovalPolicyApi.EffectiveAsync(db, tree, account, cancellationToken);
        return TypedResults.Ok(new OrderingProfileDto(account.Id, account.Name, company.Id, company.Name, company.OrderingSettings(), nearestFirst)
        {
            ApprovalPolicy = approvals.Policy,
        });
    }

    private static async Task<Results<Ok<OrderingSettingsDto>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid accountId, OrderingSettingsDto settings, AccountDbContext db, IIntegrationEventOutbox outbox, AuditTrail audit,
        CancellationToken cancellationToken)
    {
        if (OrderingSettingsRules.Validate(settings) is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors, title: "The ordering settings were not changed.");
        }

        var company = await db.Accounts.SingleAsync(a => a.Id == accountId, cancellationToken);
        if (company.ParentId is not null)
        {
            return CompanyLevel.Problem("Ordering settings", company.Name);
        }

        var before = company.OrderingSettings();
        company.PurchaseOrderRequired = settings.PurchaseOrderRequired;
        company.PurchaseOrderPattern = string.IsNullOrWhiteSpace(settings.PurchaseOrderPattern) ? null : settings.PurchaseOrderPattern;
        company.PurchaseOrderHint = company.PurchaseOrderPattern is null ? null : settings.PurchaseOrderHint?.Trim();
        company.UniquePurchaseOrders = settings.UniquePurchaseOrders;
        company.AllowBackorders = settings.AllowBackorders;
        audit.Record(accountId, "ordering-settings.changed",
            $"PO {(company.PurchaseOrderRequired ? "required" : "optional")}, pattern {company.PurchaseOrderPattern ?? "none"}, " +
            $"{(company.UniquePurchaseOrders ? "unique" : "may repeat")}, backorders {(company.AllowBackorders ? "allowed" : "not allowed")}",
            new AuditDetails(Target: company.Name, Changes: AuditChanges.Between(before, company.OrderingSettings())));
        outbox.Add(new OrderingSettingsChanged { AccountId = accountId });
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(company.OrderingSettings());
    }
}
