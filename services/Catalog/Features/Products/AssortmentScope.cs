using B2BPortal.Contracts.Catalog;

namespace B2BPortal.Catalog.Features.Products;

/// <summary>
/// An account's assortment turned into what a query can test: the category codes it covers (included paths with
/// everything below them, minus excluded paths), SKUs listed on their own, and SKUs excluded outright.
/// </summary>
internal sealed record AssortmentScope(string[] CategoryCodes, string[] IncludedSkus, string[] ExcludedSkus)
{
    public static AssortmentScope From(AssortmentFilterDto? filter, IReadOnlyList<Category> categories)
    {
        // Callers are the portal's own services; one that sends no assortment, or a list as null, must not be read as "all".
        if (filter?.IncludedCategories is null || filter.ExcludedCategories is null || filter.IncludedSkus is null || filter.ExcludedSkus is null)
        {
            throw new BadHttpRequestException(
                "assortment: give the caller's assortment with all four lists (includedCategories, excludedCategories, includedSkus, excludedSkus), empty where there is none.");
        }

        var excluded = filter.ExcludedCategories.SelectMany(path => ReferenceData.Under(categories, path)).Select(c => c.Code).ToHashSet();
        var codes = filter.IncludedCategories.SelectMany(path => ReferenceData.Under(categories, path))
            .Select(c => c.Code).Where(code => !excluded.Contains(code)).Distinct().ToArray();
        return new AssortmentScope(codes, [.. filter.IncludedSkus], [.. filter.ExcludedSkus]);
    }

    public IQueryable<Product> Apply(IQueryable<Product> products) =>
        products.Where(p => (CategoryCodes.Contains(p.CategoryCode) || IncludedSkus.Contains(p.Sku)) && !ExcludedSkus.Contains(p.Sku));
}
