using B2BPortal.BuildingBlocks.AccountScope;
using B2BPortal.Contracts.Accounts;
using B2BPortal.Contracts.Orders;
using B2BPortal.Contracts.Pricing;
using B2BPortal.Pricing.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using B2BPortal.ServiceDefaults.Input;

namespace B2BPortal.Pricing.Features.ContractPrices;

internal static class PricesApi
{
    public static RouteGroupBuilder MapPricesApi(this RouteGroupBuilder prices)
    {
        prices.MapPost("", PriceBatchAsync).AcceptsBulkBody().WithName("PriceLines").RequirePermission(AccountPermission.View)
            .WithSummary("The account's prices today for up to 5,000 lines, each with how it was reached: contract or list price, tier, validity.");
        return prices;
    }

    private static async Task<Results<Ok<PriceBatchResultDto>, ValidationProblem>> PriceBatchAsync(
        Guid accountId, PriceBatchRequest request, HttpContext http, PricingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = Validate(request);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The prices could not be worked out.");
        }

        Guid[] chain = [accountId, .. http.ActingFor().Ancestors];
        var skus = request.Lines.Select(l => l.Sku).Distinct().ToArray();
        // An account has a handful of contracts: all of the chain's come back, each with only the prices of these SKUs.
        var contracts = await db.Contracts.AsNoTracking()
            .Where(c => chain.Contains(c.AccountId))
            .Include(c => c.Prices.Where(p => skus.Contains(p.Sku)))
            .ToListAsync(cancellationToken);
        var listPrices = await db.ListPrices.AsNoTracking().Where(p => skus.Contains(p.Sku)).ToDictionaryAsync(p => p.Sku, cancellationToken);
        var terms = contracts.Select(c => c.ToTerms()).ToList();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

        var lines = request.Lines.Select(line =>
        {
            var list = listPrices.GetValueOrDefault(line.Sku);
            var outcome = PriceResolver.Resolve(line.Sku, line.Quantity, today, chain, terms,
                list is null ? null : new ListPriceTerms(list.Sku, list.Currency, list.Amount));
            return outcome switch
            {
                PricedLine priced => new PriceLineResultDto(line.Sku, line.Quantity, StatusCodes.Status200OK, ToDto(priced), null),
                PriceRefused refused => new PriceLineResultDto(line.Sku, line.Quantity, StatusCodes.Status422UnprocessableEntity, null, refused.Reason),
                _ => throw new InvalidOperationException($"Unknown price outcome {outcome.GetType().Name}."),
            };
        });
        return TypedResults.Ok(new PriceBatchResultDto([.. lines]));
    }

    private static Dictionary<string, string[]> Validate(PriceBatchRequest request) =>
        LineRules.Problems(request.Lines, line => line.Sku, line => line.Quantity);

    private static PriceDto ToDto(PricedLine line)
    {
        var why = line.Explanation;
        return new PriceDto(line.Sku, line.Quantity, line.Currency, line.UnitPrice, line.LineAmount,
            new PriceExplanationDto(why.Source, why.Text, why.ContractId, why.ContractName, why.ContractAccountId, why.Inherited, why.TierMinQuantity, why.ValidFrom, why.ValidUntil),
            [.. line.Tiers.Select(t => new PriceTierDto(t.MinQuantity, t.UnitPrice))]);
    }
}
