using B2BPortal.Contracts.Erp;
using B2BPortal.ErpSimulator.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace B2BPortal.ErpSimulator.Features.Credit;

/// <summary>
/// Customer credit in the simulated ERP: read it, let the portal write agreed credit terms (idempotent by key), let a
/// credit controller set everything (admin), and read every change in order from the credit feed.
/// </summary>
internal static class CreditApi
{
    private const int MaxTake = 1000;

    public static RouteGroupBuilder MapCustomerCreditApi(this RouteGroupBuilder customers)
    {
        customers.MapGet("/{customerAccountId:guid}/credit", GetAsync);
        customers.MapPut("/{customerAccountId:guid}/credit-terms", SetTermsAsync);
        return customers;
    }

    public static IEndpointRouteBuilder MapCreditAdminAndFeed(this IEndpointRouteBuilder erp)
    {
        erp.MapPut("/erp/admin/customers/{customerAccountId:guid}/credit", SetCreditAsync).WithTags("ERP admin");
        erp.MapGet("/erp/credit-changes", GetChangesAsync).WithTags("ERP feeds");
        return erp;
    }

    private static async Task<Results<Ok<ErpCreditDto>, ProblemHttpResult>> GetAsync(Guid customerAccountId, ErpDbContext db, CancellationToken cancellationToken) =>
        await db.CustomerCredits.AsNoTracking().SingleOrDefaultAsync(c => c.CustomerAccountId == customerAccountId, cancellationToken) is { } credit
            ? TypedResults.Ok(credit.ToDto())
            : TypedResults.Problem(statusCode: 404, title: "Customer not found.", detail: $"The ERP has no credit record for customer {customerAccountId}.");

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> SetTermsAsync(
        Guid customerAccountId, ErpCreditTermsUpdate update, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        ErpDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(idempotencyKey) || idempotencyKey.Length > 100)
        {
            return TypedResults.Problem(statusCode: 400, title: "Idempotency-Key header required.",
                detail: "Every write to the ERP carries an Idempotency-Key of 1 to 100 characters.");
        }

        if (update.CreditLimit is < 0 || update.Currency is not { Length: 3 })
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["credit"] = ["Give a credit limit of 0 or more (or none) and a three-letter currency code."],
            });
        }

        if (await db.AppliedRequests.AnyAsync(r => r.IdempotencyKey == idempotencyKey, cancellationToken))
        {
            return TypedResults.NoContent();
        }

        var lastChange = await db.CustomerCredits.Where(c => c.CustomerAccountId == customerAccountId)
            .Select(c => (DateTimeOffset?)c.ChangedAt).SingleOrDefaultAsync(cancellationToken);
        if (update.AgreedAt < lastChange)
        {
            return TypedResults.Problem(statusCode: 409, title: "Superseded by a later change in the ERP.",
                detail: $"These terms were agreed at {update.AgreedAt:u}; the customer's credit changed in the ERP at {lastChange:u}, and that stands.");
        }

        db.AppliedRequests.Add(new AppliedRequest { IdempotencyKey = idempotencyKey, AppliedAt = clock.GetUtcNow() });
        try
        {
            await CreditBook.ChangeAsync(db, customerAccountId, credit =>
            {
                credit.CreditLimit = update.CreditLimit;
                credit.Currency = update.Currency.ToUpperInvariant();
                credit.PaymentTerms = update.PaymentTerms;
            }, clock.GetUtcNow(), cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // The same write arrived twice at once and the other one was applied.
        }

        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, ValidationProblem>> SetCreditAsync(
        Guid customerAccountId, ErpCreditSetting setting, ErpDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (setting.CreditLimit is < 0 || setting.Currency is not { Length: 3 } || setting.OpenBalance < 0)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["credit"] = ["Give a credit limit of 0 or more (or none), a three-letter currency code and an open balance of 0 or more."],
            });
        }

        await CreditBook.ChangeAsync(db, customerAccountId, credit =>
        {
            credit.CreditLimit = setting.CreditLimit;
            credit.Currency = setting.Currency.ToUpperInvariant();
            credit.OpenBalance = setting.OpenBalance;
            credit.OnHold = setting.OnHold;
            credit.HoldReason = setting.OnHold ? setting.HoldReason : null;
            credit.PaymentTerms = setting.PaymentTerms ?? credit.PaymentTerms;
            credit.CreditContact = setting.CreditContact ?? credit.CreditContact;
        }, clock.GetUtcNow(), cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<List<ErpCreditChangeDto>>> GetChangesAsync(long after, int? take, ErpDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok((await db.CreditChanges.AsNoTracking().Where(c => c.Sequence > after).OrderBy(c => c.Sequence)
            .Take(Math.Clamp(take ?? 500, 1, MaxTake)).ToListAsync(cancellationToken)).Select(c => c.ToDto()).ToList());
}
