using B2BPortal.Contracts;
using System.Text.Json;
using B2BPortal.Catalog.Data;
using B2BPortal.Contracts.Catalog;
using B2BPortal.Contracts.Orders;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using B2BPortal.ServiceDefaults.Input;

namespace B2BPortal.Catalog.Features.Products;

/// <summary>
/// Catalog reads for the BFF. Each one is made within the caller's assortment (resolved by Entitlement and passed in the
/// body), so a product outside it is never returned and answers exactly like an unknown SKU.
/// </summary>
internal static class CatalogApi
{
    public const int MaxPageSize = 100;

    public static RouteGroupBuilder MapCatalogApi(this RouteGroupBuilder catalog)
    {
        catalog.MapPost("/search", SearchAsync).AcceptsBulkBody().WithName("SearchCatalog")
            .WithSummary("Products in an assortment by free text (SKU, name, description, model), category and attributes, a page at a time.");
        catalog.MapPost("/lookup", LookupAsync).AcceptsBulkBody().WithName("LookupProducts").WithSummary("The listed SKUs that exist and are in the assortment.");
        catalog.MapPost("/visible", VisibleAsync).AcceptsBulkBody().WithName("VisibleProducts").WithSummary("Which of the listed SKUs exist and are in the assortment.");
        catalog.MapPost("/check", CheckAsync).AcceptsBulkBody().WithName("CheckProducts")
            .WithSummary("Each listed SKU: in the assortment (with the product), a standard product the assortment leaves out, or unknown.");
        catalog.MapPost("/products/{sku}", GetProductAsync).AcceptsBulkBody().WithName("GetProductDetails").WithSummary("A product with its technical data, what it fits and its parts.");
        catalog.MapPost("/equipment/{model}/parts", GetEquipmentPartsAsync).AcceptsBulkBody().WithName("GetEquipmentParts").WithSummary("The parts list of an equipment model.");
        catalog.MapGet("/categories", GetCategoriesAsync).WithName("GetCategories").WithSummary("The whole category tree.");
        return catalog;
    }

    private static async Task<Results<Ok<ProductSearchResultDto>, ValidationProblem>> SearchAsync(
        ProductSearchRequest request, CatalogDbContext db, ReferenceData reference, ProductSummaries summaries, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (PageRules.PageProblem(request.Page) is { } pageProblem)
        {
            errors["page"] = [pageProblem];
        }

        if (request.PageSize is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"A page holds 1 to {MaxPageSize} products."];
        }

        if (request.Query?.Length > 200)
        {
            errors["q"] = ["Search text can be at most 200 characters."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The catalog could not be searched.");
        }

        var categories = await reference.CategoriesAsync(db, cancellationToken);
        var products = AssortmentScope.From(request.Assortment, categories).Apply(db.Products.AsNoTracking());
        if (!string.IsNullOrWhiteSpace(request.Category))
        {
            var codes = ReferenceData.Under(categories, request.Category.Trim()).Select(c => c.Code).ToArray();
            products = products.Where(p => codes.Contains(p.CategoryCode));
        }

        if (request.Attributes is { Count: > 0 } attributes)
        {
            var json = JsonSerializer.Serialize(attributes);
            products = products.Where(p => EF.Functions.JsonContains(p.Attributes, json));
        }

        var query = SearchText.ToPrefixQuery(request.Query);
        var code = SearchText.ToCodePrefix(request.Query);
        var ordered = query is null
            ? products.OrderBy(p => p.Sku)
            : products.Where(p => p.SearchVector.Matches(EF.Functions.ToTsQuery("simple", query))
                    || (code != null && (p.Sku.StartsWith(code) || p.EquipmentModel!.StartsWith(code))))
                .OrderByDescending(p => code != null && p.Sku.StartsWith(code))
                .ThenByDescending(p => p.SearchVector.Rank(EF.Functions.ToTsQuery("simple", query))).ThenBy(p => p.Sku);

        var page = await ordered.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize + 1).ToListAsync(cancellationToken);
        var items = await summaries.ForAsync([.. page.Take(request.PageSize)], cancellationToken);
        return TypedResults.Ok(new ProductSearchResultDto(items, request.Page, request.PageSize, page.Count > request.PageSize));
    }

    private static async Task<Results<Ok<List<ProductSummaryDto>>, ValidationProblem>> LookupAsync(
        ProductLookupRequest request, CatalogDbContext db, ReferenceData reference, ProductSummaries summaries, CancellationToken cancellationToken)
    {
        if (SkusProblem(request.Skus, "look up") is { } problem)
        {
            return problem;
        }

        var skus = request.Skus.OfType<string>().Distinct().ToArray();
        var scope = AssortmentScope.From(request.Assortment, await reference.CategoriesAsync(db, cancellationToken));
        var products = await scope.Apply(db.Products.AsNoTracking()).Where(p => skus.Contains(p.Sku)).ToListAsync(cancellationToken);
        return TypedResults.Ok(await summaries.ForAsync(products, cancellationToken));
    }

    private static async Task<Results<Ok<List<string>>, ValidationProblem>> VisibleAsync(
        ProductLookupRequest request, CatalogDbContext db, ReferenceData reference, CancellationToken cancellationToken)
    {
        if (SkusProblem(request.Skus, "look up") is { } problem)
        {
            return problem;
        }

        var skus = request.Skus.OfType<string>().Distinct().ToArray();
        var scope = AssortmentScope.From(request.Assortment, await reference.CategoriesAsync(db, cancellationToken));
        return TypedResults.Ok(await scope.Apply(db.Products.AsNoTracking()).Where(p => skus.Contains(p.Sku)).Select(p => p.Sku).ToListAsync(cancellationToken));
    }

    /// <summary>
    /// Customer-specific products (under <see cref="CategoryPaths.CustomerSpecific"/>) outside the assortment answer
    /// <c>unknown</c>, so one company never learns of another's; a standard product outside it is named as such, so a buyer
    /// knows to ask for it rather than to look for a typing error.
    /// </summary>
    private static async Task<Results<Ok<List<ProductCheckDto>>, ValidationProblem>> CheckAsync(
        ProductLookupRequest request, CatalogDbContext db, ReferenceData reference, ProductSummaries summaries, CancellationToken cancellationToken)
    {
        if (SkusProblem(request.Skus, "check") is { } problem)
        {
            return problem;
        }

        var skus = request.Skus.OfType<string>().Distinct().ToArray();
        var scope = AssortmentScope.From(request.Assortment, await reference.CategoriesAsync(db, cancellationToken));
        var existing = await db.Products.AsNoTracking().Where(p => skus.Contains(p.Sku)).ToListAsync(cancellationToken);
        var visible = await scope.Apply(db.Products.AsNoTracking()).Where(p => skus.Contains(p.Sku)).Select(p => p.Sku).ToListAsync(cancellationToken);
        var visibleSet = visible.ToHashSet(StringComparer.Ordinal);
        var successorSkus = existing.Where(p => visibleSet.Contains(p.Sku) && p.SuccessorSku is not null).Select(p => p.SuccessorSku!).Distinct().ToArray();
        var successors = successorSkus.Length == 0
            ? []
            : await scope.Apply(db.Products.AsNoTracking()).Where(p => successorSkus.Contains(p.Sku)).ToListAsync(cancellationToken);
        var summaryBySku = (await summaries.ForAsync([.. existing.Where(p => visibleSet.Contains(p.Sku)), .. successors], cancellationToken))
            .DistinctBy(p => p.Sku).ToDictionary(p => p.Sku, StringComparer.Ordinal);
        var bySku = existing.ToDictionary(p => p.Sku, StringComparer.Ordinal);

        return TypedResults.Ok(skus.Select(sku => bySku.GetValueOrDefault(sku) switch
        {
            { } product when visibleSet.Contains(sku) => new ProductCheckDto(sku, ProductCheckStatuses.Visible, summaryBySku[sku],
                product.SuccessorSku is { } next ? summaryBySku.GetValueOrDefault(next) : null),
            { } product when !CategoryPaths.IsAtOrBelow(product.CategoryPath, CategoryPaths.CustomerSpecific) =>
                new ProductCheckDto(sku, ProductCheckStatuses.NotInAssortment, null, null),
            _ => new ProductCheckDto(sku, ProductCheckStatuses.Unknown, null, null),
        }).ToList());
    }

    private static async Task<Results<Ok<ProductDetailsDto>, ProblemHttpResult>> GetProductAsync(
        string sku, AssortmentFilterDto assortment, CatalogDbContext db, ReferenceData reference, ProductSummaries summaries,
        CancellationToken cancellationToken)
    {
        var scope = AssortmentScope.From(assortment, await reference.CategoriesAsync(db, cancellationToken));
        var product = await scope.Apply(db.Products.AsNoTracking()).SingleOrDefaultAsync(p => p.Sku == sku, cancellationToken);
        if (product is null)
        {
            return CatalogProblems.ProductNotFound(sku);
        }

        var fits = await db.Compatibilities.AsNoTracking().Where(f => f.Sku == sku).OrderBy(f => f.EquipmentModel)
            .Select(f => f.EquipmentModel).ToListAsync(cancellationToken);
        var parts = product.EquipmentModel is null ? [] : await PartsOfAsync(product.EquipmentModel, scope, db, cancellationToken);
        var summary = (await summaries.ForAsync([product], cancellationToken))[0];
        return TypedResults.Ok(new ProductDetailsDto(summary, product.Description,
            JsonSerializer.Deserialize<Dictionary<string, string>>(product.Attributes)!,
            JsonSerializer.Deserialize<List<MediaLinkDto>>(product.Media, JsonSerializerOptions.Web)!, fits, parts));
    }

    private static async Task<Results<Ok<EquipmentPartsDto>, ProblemHttpResult>> GetEquipmentPartsAsync(
        string model, AssortmentFilterDto assortment, CatalogDbContext db, ReferenceData reference, CancellationToken cancellationToken)
    {
        var scope = AssortmentScope.From(assortment, await reference.CategoriesAsync(db, cancellationToken));
        var parts = await PartsOfAsync(model, scope, db, cancellationToken);
        var equipment = await scope.Apply(db.Products.AsNoTracking()).SingleOrDefaultAsync(p => p.EquipmentModel == model, cancellationToken);
        return parts.Count == 0 && equipment is null
            ? CatalogProblems.EquipmentNotFound(model)
            : TypedResults.Ok(new EquipmentPartsDto(model, equipment?.Sku, equipment?.Name, parts));
    }

    private static ValidationProblem? SkusProblem(IReadOnlyList<string>? skus, string verb) =>
        skus is null or { Count: > LineRules.MaxLines }
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["skus"] = [$"Give a list of at most {LineRules.MaxLines} SKUs to {verb}."] })
            : null;

    private static async Task<Ok<List<CategoryDto>>> GetCategoriesAsync(CatalogDbContext db, ReferenceData reference, CancellationToken cancellationToken) =>
        TypedResults.Ok((await reference.CategoriesAsync(db, cancellationToken)).Select(c => new CategoryDto(c.Code, c.Name, c.Path, c.ParentCode)).ToList());

    private static async Task<List<ServicePartDto>> PartsOfAsync(string model, AssortmentScope scope, CatalogDbContext db, CancellationToken cancellationToken) =>
        await (from part in db.ServiceParts.AsNoTracking()
               join product in scope.Apply(db.Products.AsNoTracking()) on part.PartSku equals product.Sku
               where part.EquipmentModel == model
               orderby part.Position
               select new ServicePartDto(part.Position, product.Sku, product.Name, part.Quantity, product.Lifecycle)).ToListAsync(cancellationToken);
}
