using B2BPortal.Contracts.Pricing;
using B2BPortal.Pricing.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Pricing.Features.ListPrices;

internal static class ListPricesApi
{
    public static RouteGroupBuilder MapListPricesApi(this RouteGroupBuilder prices)
    {
        prices.MapGet("/{sku}", GetAsync).WithName("GetListPrice");
        return prices;
    }

    private static async Task<Results<Ok<ListPriceDto>, ProblemHttpResult>> GetAsync(string sku, PricingDbContext db, CancellationToken cancellationToken)
    {
        var price = await db.ListPrices.AsNoTracking().SingleOrDefaultAsync(p => p.Sku == sku, cancellationToken);
        return price is null
            ? TypedResults.Problem(statusCode: 404, title: "No price.", detail: $"There is no list price for SKU {sku}.")
            : TypedResults.Ok(price.ToDto());
    }
}
