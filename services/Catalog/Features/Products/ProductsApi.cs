using B2BPortal.Catalog.Data;
using B2BPortal.Contracts.Catalog;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Catalog.Features.Products;

internal static class ProductsApi
{
    public static RouteGroupBuilder MapProductsApi(this RouteGroupBuilder products)
    {
        products.MapGet("/", SearchAsync).WithName("SearchProducts");
        products.MapGet("/{sku}", GetAsync).WithName("GetProduct");
        return products;
    }

    private static async Task<Ok<List<ProductDto>>> SearchAsync(
        CatalogDbContext db, CancellationToken cancellationToken, string? skuPrefix = null, int take = 50)
    {
        var query = db.Products.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(skuPrefix))
        {
            query = query.Where(p => p.Sku.StartsWith(skuPrefix.Trim().ToUpperInvariant()));
        }

        var products = await query.OrderBy(p => p.Sku).Take(Math.Clamp(take, 1, 200)).ToListAsync(cancellationToken);
        return TypedResults.Ok(products.Select(p => p.ToDto()).ToList());
    }

    private static async Task<Results<Ok<ProductDto>, ProblemHttpResult>> GetAsync(string sku, CatalogDbContext db, CancellationToken cancellationToken)
    {
        var product = await db.Products.AsNoTracking().SingleOrDefaultAsync(p => p.Sku == sku, cancellationToken);
        return product is null
            ? TypedResults.Problem(statusCode: 404, title: "Product not found.", detail: $"There is no product with SKU {sku}.")
            : TypedResults.Ok(product.ToDto());
    }
}
