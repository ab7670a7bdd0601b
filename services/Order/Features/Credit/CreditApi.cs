using B2BPortal.BuildingBlocks.AccountScope;
using B2BPortal.Contracts.Orders;
using B2BPortal.Order.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace B2BPortal.Order.Features.Credit;

internal static class CreditApi
{
    public static RouteGroupBuilder MapCreditApi(this RouteGroupBuilder account)
    {
        account.MapGet("/credit", GetAsync).WithName("GetCredit").WithTags("Credit")
            .WithSummary("The company's credit as ordering sees it: the ERP's limit, open receivables and hold, plus orders not yet invoiced, and what is left.");
        return account;
    }

    private static async Task<Results<Ok<CreditStatusDto>, ProblemHttpResult>> GetAsync(
        Guid accountId, HttpContext http, OrderingDbContext db, CancellationToken cancellationToken)
    {
        var companyId = http.ActingFor().CompanyId;
        return await CreditLedger.StatusAsync(db, companyId, cancellationToken) is { } status
            ? TypedResults.Ok(status)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No credit information yet.",
                detail: "The ERP has not reported this company's credit to the portal yet. It arrives with the ERP's next credit change.");
    }
}
