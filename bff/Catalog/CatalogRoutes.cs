using B2BPortal.Contracts;
using B2BPortal.Bff.Api;
using B2BPortal.Contracts.Catalog;
using B2BPortal.Contracts.Orders;
using B2BPortal.Contracts.Pricing;
using Microsoft.AspNetCore.Http.HttpResults;
using B2BPortal.ServiceDefaults.Input;

namespace B2BPortal.Bff.Catalog;

/// <summary>
/// The account's catalog, product pages, parts lists and prices: composed here, not proxied, so that every answer is
/// filtered by the account's assortment. Same routes, checks and problems as the proxied ones (<see cref="ApiGateway"/>).
/// </summary>
internal static class CatalogRoutes
{
    public static IEndpointRouteBuilder MapCatalogRoutes(this IEndpointRouteBuilder app)
    {
        var account = app.MapComposedAccountGroup("Catalog");
        account.MapGet("/catalog", GetCatalogAsync).WithName("GetCatalog").Produces<CatalogPageDto>().ProducesValidationProblem()
            .WithSummary("Products the account may buy, 50 a page, with its price for one unit, the price tiers, and stock per warehouse with how fresh it is.")
            .WithDescription("q searches SKU, name and description (a SKU or model prefix works too); category narrows to a category and " +
                             "everything below it; each attr=name:value (up to 5, like attr=material:stainless steel) must match exactly.");
        account.MapGet("/categories", GetCategoriesAsync).WithName("GetCatalogCategories").WithSummary("The categories the account can browse.");
        account.MapGet("/products/{sku}", GetProductAsync).WithName("GetProductPage")
            .WithSummary("A product with specifications, the account's price and tiers, stock, its successor, compatible equipment and service parts.");
        account.MapGet("/equipment/{model}/parts", GetEquipmentPartsAsync).WithName("GetServiceParts")
            .WithSummary("The service parts of an equipment model, by position.");
        account.MapGet("/prices", GetPriceAsync).WithName("GetPrice").Produces<PriceDto>().ProducesValidationProblem()
            .WithSummary("The account's price today for a quantity of a SKU, with how it was reached: contract or list price, tier, validity.");
        account.MapPost("/prices", PriceLinesAsync).AcceptsBulkBody().WithName("PriceLines").Produces<PriceBatchResultDto>().ProducesValidationProblem()
            .WithSummary("Up to 5,000 lines priced in one call, in the order sent; each line has its price or a status (404 unknown product, 422 no price) and why.");
        return app;
    }

    private static async Task<IResult> GetCatalogAsync(
        Guid accountId, string? q, string? category, int? page, string[]? attr, HttpContext http, AccountCatalog catalog)
    {
        var errors = new Dictionary<string, string[]>();
        if (PageRules.PageProblem(page) is { } pageProblem)
        {
            errors["page"] = [pageProblem];
        }

        if (q?.Length > 200)
        {
            errors["q"] = ["Search text can be at most 200 characters."];
        }

        var attributes = CatalogFilters.Attributes(attr ?? [], errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The catalog could not be searched.");
        }

        return TypedResults.Bytes(await catalog.PageJsonAsync(accountId, new CatalogQuery(q?.Trim(), category?.Trim(), attributes, page ?? 1),
            ComposedRoutes.AccessTokenOf(http), http.RequestAborted), "application/json; charset=utf-8");
    }

    private static async Task<Ok<IReadOnlyList<CategoryDto>>> GetCategoriesAsync(Guid accountId, HttpContext http, AccountCatalog catalog) =>
        TypedResults.Ok(await catalog.CategoriesAsync(accountId, ComposedRoutes.AccessTokenOf(http), http.RequestAborted));

    private static async Task<IResult> GetProductAsync(Guid accountId, string sku, HttpContext http, AccountCatalog catalog) =>
        await catalog.ProductAsync(accountId, sku, ComposedRoutes.AccessTokenOf(http), http.RequestAborted) is { } product
            ? TypedResults.Ok(product)
            : CatalogAnswers.ProductNotFound(sku);

    private static async Task<IResult> GetEquipmentPartsAsync(Guid accountId, string model, HttpContext http, AccountCatalog catalog) =>
        await catalog.EquipmentPartsAsync(accountId, model, ComposedRoutes.AccessTokenOf(http), http.RequestAborted) is { } parts
            ? TypedResults.Ok(parts)
            : CatalogAnswers.EquipmentNotFound(model);

    private static async Task<IResult> GetPriceAsync(Guid accountId, string? sku, decimal? quantity, HttpContext http, AccountCatalog catalog)
    {
        var line = new PriceLineRequest(sku?.Trim() ?? "", quantity ?? 1);
        if (LineRules.Problems([line], l => l.Sku, l => l.Quantity, prefix: "") is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors, title: "The price could not be worked out.");
        }

        using var priced = await catalog.PriceLinesAsync(accountId, [line], ComposedRoutes.AccessTokenOf(http), http.RequestAborted);
        var result = (await priced.ReadAsync(http.RequestAborted)).Lines[0];
        return result switch
        {
            { Price: { } price } => TypedResults.Ok(price),
            { Status: StatusCodes.Status404NotFound } => CatalogAnswers.ProductNotFound(line.Sku),
            _ => TypedResults.Problem(statusCode: result.Status, title: "No price.", detail: result.Detail),
        };
    }

    private static async Task<IResult> PriceLinesAsync(Guid accountId, PriceBatchRequest? request, HttpContext http, AccountCatalog catalog)
    {
        if (LineRules.Problems(request?.Lines, l => l.Sku, l => l.Quantity) is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors, title: "The prices could not be worked out.");
        }

        var priced = await catalog.PriceLinesAsync(accountId, request!.Lines, ComposedRoutes.AccessTokenOf(http), http.RequestAborted);
        return await priced.ToResultAsync(http);
    }
}
