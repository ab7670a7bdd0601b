using Microsoft.AspNetCore.Http.HttpResults;

namespace B2BPortal.Catalog.Features.Products;

internal static class CatalogProblems
{
    public static ProblemHttpResult ProductNotFound(string sku) =>
        TypedResults.Problem(statusCode: 404, title: "Product not found.", detail: $"No product with SKU {sku} in your catalog.");

    public static ProblemHttpResult EquipmentNotFound(string model) =>
        TypedResults.Problem(statusCode: 404, title: "Equipment not found.", detail: $"No equipment model {model} with parts in your catalog.");
}
