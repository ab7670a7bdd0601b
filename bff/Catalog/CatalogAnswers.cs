using B2BPortal.Contracts.Catalog;

namespace B2BPortal.Bff.Catalog;

internal static class CatalogAnswers
{
    public static string NoSuchProduct(string sku) => $"No product with SKU {sku} in your catalog.";

    public static IResult ProductNotFound(string sku) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Product not found.", detail: NoSuchProduct(sku));

    public static IResult EquipmentNotFound(string model) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Equipment not found.",
            detail: $"No equipment model {model} with parts in your catalog.");

    public static IReadOnlyList<CategoryDto> VisibleCategories(
        IReadOnlyList<CategoryDto> all, AssortmentFilterDto assortment, IEnumerable<string> pathsOfListedProducts)
    {
        var covered = all.Where(c => assortment.IncludedCategories.Any(i => CategoryPaths.IsAtOrBelow(c.Path, i))
                && !assortment.ExcludedCategories.Any(e => CategoryPaths.IsAtOrBelow(c.Path, e)))
            .Select(c => c.Path).Concat(pathsOfListedProducts).ToList();
        return [.. all.Where(c => covered.Any(path => CategoryPaths.IsAtOrBelow(path, c.Path)))];
    }
}
