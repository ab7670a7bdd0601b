using B2BPortal.BuildingBlocks.AccountScope;
using B2BPortal.Contracts.Accounts;
using B2BPortal.Contracts.Pricing;
using B2BPortal.Pricing.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Pricing.Features.ContractPrices;

internal static class PricesApi
{
    private const decimal MaxQuantity = 1_000_000m;

    public static RouteGroupBuilder MapPricesApi(this RouteGroupBuilder prices)
    {
        prices.MapGet("", GetAsync).WithName("GetPrice").RequirePermission(AccountPermission.View)
            .WithSummary("The account's price today for a quantity of a SKU, with how it was reached: contract or list price, tier, validity.");
        return prices;
    }

    private static async Task<Results<Ok<PriceDto>, ValidationProblem, ProblemHttpResult>> GetAsync(
        Guid accountId, string? sku, decimal? quantity, HttpContext http, PricingDbContext db, CancellationToken cancellationToken)
    {
        var amount = quantity ?? 1;
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(sku))
        {
            errors["sku"] = ["Give the SKU to price, like ?sku=PMP-1001."];
        }

        if (amount <= 0 || amount > MaxQuantity)
        {
            errors["quantity"] = [$"The quantity must be more than 0 and at most {MaxQuantity:0}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The price could not be worked out.");
        }

        Guid[] chain = [accountId, .. http.ActingFor().Ancestors];
        var contracts = await db.Contracts.AsNoTracking()
            .Where(c => chain.Contains(c.AccountId) && c.Prices.Any(p => p.Sku == sku))
            .Include(c => c.Prices.Where(p => p.Sku == sku))
            .ToListAsync(cancellationToken);
        var list = await db.ListPrices.AsNoTracking().SingleOrDefaultAsync(p => p.Sku == sku, cancellationToken);
        var outcome = PriceResolver.Resolve(sku!, amount, DateOnly.FromDateTime(DateTime.UtcNow), chain,
            [.. contracts.Select(c => c.ToTerms())], list is null ? null : new ListPriceTerms(list.Sku, list.Currency, list.Amount));

        return outcome switch
        {
            PricedLine line => TypedResults.Ok(ToDto(line)),
            PriceRefused refused => TypedResults.Problem(statusCode: 422, title: "No price.", detail: refused.Reason),
            _ => throw new InvalidOperationException($"Unknown price outcome {outcome.GetType().Name}."),
        };
    }

    private static PriceDto ToDto(PricedLine line)
    {
        var why = line.Explanation;
        return new PriceDto(line.Sku, line.Quantity, line.Currency, line.UnitPrice, line.LineAmount, new PriceExplanationDto(
            why.Source, why.Text, why.ContractId, why.ContractName, why.ContractAccountId, why.Inherited, why.TierMinQuantity, why.ValidFrom, why.ValidUntil));
    }
}
