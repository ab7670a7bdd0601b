using B2BPortal.Contracts.Money;
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

namespace B2BPortal.Account.Features.CreditTerms;

internal static class CreditTermsApi
{
    public static RouteGroupBuilder MapCreditTermsApi(this RouteGroupBuilder account)
    {
        account.MapGet("/credit-terms", GetAsync).WithName("GetCreditTerms").WithSummary("The company's credit limit, currency and payment terms.");
        account.MapPut("/credit-terms", UpdateAsync).WithName("UpdateCreditTerms").WithSummary("Sets the company's credit limit and payment terms (internal roles) and sends them to the ERP, whose credit feed has the last word. Company accounts only (409 on a unit).").RequirePermission(AccountPermission.ManageCreditTerms)
            .Audited("credit-terms.changed");
        return account;
    }

    /// <summary>The company's terms; a unit answers with the terms of its company.</summary>
    private static async Task<Ok<CreditTermsDto>> GetAsync(Guid accountId, AccountDbContext db, CancellationToken cancellationToken)
    {
        var tree = await AccountTree.LoadAsync(db, cancellationToken);
        return TypedResults.Ok(tree.CompanyOf(tree.Find(accountId)!).CreditTerms());
    }

    /// <summary>
    /// Internal staff agree new terms: they apply here at once and go to the ERP (the authority) through
    /// <see cref="CreditTermsChanged"/>; whatever the ERP's credit feed says afterwards overwrites them.
    /// </summary>
    private static async Task<Results<Ok<CreditTermsDto>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid accountId, UpdateCreditTermsRequest request, AccountDbContext db, IIntegrationEventOutbox outbox, AuditTrail audit,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.CreditLimit is { } limit && MoneyRules.AmountProblem(limit, "a credit limit") is { } limitProblem)
        {
            errors["creditLimit"] = [limitProblem];
        }

        if (MoneyRules.CurrencyProblem(request.Currency) is { } currencyProblem)
        {
            errors["currency"] = [currencyProblem];
        }

        if (request.PaymentTerms?.Trim() is { Length: > AccountFieldRules.MaxPaymentTermsLength })
        {
            errors["paymentTerms"] = [$"Give payment terms of up to {AccountFieldRules.MaxPaymentTermsLength} characters, like Net 30."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The credit terms were not changed.");
        }

        var company = await db.Accounts.SingleAsync(a => a.Id == accountId, cancellationToken);
        if (company.ParentId is not null)
        {
            return CompanyLevel.Problem("Credit terms", company.Name);
        }

        var changes = new AuditChanges().Field("creditLimit", company.CreditLimit, request.CreditLimit)
            .Field("currency", company.Currency, request.Currency!.ToUpperInvariant()).Field("paymentTerms", company.PaymentTerms, request.PaymentTerms?.Trim() is { Length: > 0 } terms ? terms : null);
        company.CreditLimit = request.CreditLimit;
        company.Currency = request.Currency!.ToUpperInvariant();
        company.PaymentTerms = string.IsNullOrWhiteSpace(request.PaymentTerms) ? null : request.PaymentTerms.Trim();
        company.CreditTermsUpdatedAt = DateTimeOffset.UtcNow;
        outbox.Add(new CreditTermsChanged
        {
            AccountId = accountId, CreditLimit = company.CreditLimit, Currency = company.Currency, PaymentTerms = company.PaymentTerms,
        });
        audit.Record(accountId, "credit-terms.changed",
            $"Credit limit {company.CreditLimit?.ToString("0.##") ?? "none"} {company.Currency}, terms {company.PaymentTerms ?? "none"}",
            new AuditDetails(Target: company.Name, Changes: changes));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(company.CreditTerms());
    }
}
