using System.Net.Http.Json;
using System.Text.Json;
using B2BPortal.Contracts.Catalog;
using B2BPortal.Contracts.Entitlements;
using B2BPortal.Contracts.Pricing;
using B2BPortal.BuildingBlocks.Http;
using Refit;

namespace B2BPortal.Bff.Catalog;

/// <summary>
/// Composes an account's catalog from Entitlement (what it may see), Catalog (products and stock, always asked within that
/// assortment) and Pricing (its prices). Catalog and Entitlement are required; without Pricing an answer comes without
/// prices and says so in <c>Missing</c>. Whole answers are cached per account (<see cref="CompositionCache"/>).
/// </summary>
public sealed class AccountCatalog(
    ICatalogApi catalog, IEntitlementApi entitlement, IPricingApi pricing, CompositionCache cache, SharedCompositions shared)
{
    public const int PageSize = 50;
    private static readonly MissingPartDto PricesMissing =
        new("prices", "Prices could not be fetched just now, so they are left out. Try again in a moment.");

    private CompositionOptions Options => cache.Options;

    public async Task<AssortmentFilterDto> AssortmentAsync(Guid accountId, string token, CancellationToken cancellationToken)
    {
        var key = $"bff:assortment:{accountId}:{await cache.AssortmentGenerationAsync()}";
        if (await cache.GetAsync<AssortmentFilterDto>(key) is { } cached)
        {
            return cached;
        }

        var assortment = await Downstream.CallAsync("Entitlement", Options.RequiredTimeout,
            t => entitlement.GetAssortmentAsync(accountId, token, t), cancellationToken);
        await cache.SetAsync(key, assortment.Effective, Options.AssortmentLifetime);
        return assortment.Effective;
    }

    /// <summary>A catalog page as JSON (<see cref="CatalogPageDto"/>): a cached page is written out as stored, not parsed again.</summary>
    public async Task<byte[]> PageJsonAsync(Guid accountId, CatalogQuery query, string token, CancellationToken cancellationToken)
    {
        var key = $"bff:catalog:{accountId}:{await cache.GenerationAsync()}:{query.CacheKey}";
        return await cache.GetJsonAsync(key)
            ?? await shared.RunAsync(key, t => ComposePageAsync(key, accountId, query, token, t), cancellationToken);
    }

    private async Task<byte[]> ComposePageAsync(string key, Guid accountId, CatalogQuery query, string token, CancellationToken cancellationToken)
    {
        var assortment = await AssortmentAsync(accountId, token, cancellationToken);
        var search = new ProductSearchRequest(assortment, query.Text, query.Category, query.Attributes.Count == 0 ? null : query.Attributes, query.Page, PageSize);
        var found = await Downstream.CallAsync("Catalog", Options.RequiredTimeout, t => catalog.SearchAsync(search, token, t), cancellationToken);
        var prices = await PricesOrNothingAsync(accountId, [.. found.Items.Select(p => new PriceLineRequest(p.Sku, 1))], token, cancellationToken);
        var answer = JsonSerializer.SerializeToUtf8Bytes(new CatalogPageDto(
            [.. found.Items.Select(p => new CatalogItemDto(p, prices?.GetValueOrDefault(p.Sku)))], found.Page, found.PageSize, found.HasMore,
            prices is null ? [PricesMissing] : []), JsonSerializerOptions.Web);
        if (prices is not null)
        {
            await cache.SetJsonAsync(key, answer, Options.CatalogPageLifetime);
        }

        return answer;
    }

    /// <summary>The product page, or null when the SKU is unknown or outside the account's assortment (the two look the same).</summary>
    public async Task<ProductPageDto?> ProductAsync(Guid accountId, string sku, string token, CancellationToken cancellationToken)
    {
        var key = $"bff:product:{accountId}:{await cache.GenerationAsync()}:{sku}";
        return await cache.GetAsync<ProductPageDto>(key)
            ?? await shared.RunAsync(key, t => ComposeProductAsync(key, accountId, sku, token, t), cancellationToken);
    }

    private async Task<ProductPageDto?> ComposeProductAsync(string key, Guid accountId, string sku, string token, CancellationToken cancellationToken)
    {
        var assortment = await AssortmentAsync(accountId, token, cancellationToken);
        var detailsCall = Downstream.CallAsync("Catalog", Options.RequiredTimeout, t => catalog.GetProductAsync(sku, assortment, token, t), cancellationToken);
        var pricesCall = PricesOrNothingAsync(accountId, [new PriceLineRequest(sku, 1)], token, cancellationToken);
        ProductDetailsDto details;
        try
        {
            details = await detailsCall;
        }
        catch (ApiException exception) when (Downstream.IsNotFound(exception))
        {
            return null;
        }

        var prices = await pricesCall;
        var successor = details.Summary.SuccessorSku is { } next
            ? (await Downstream.CallAsync("Catalog", Options.RequiredTimeout,
                t => catalog.LookupAsync(new ProductLookupRequest(assortment, [next]), token, t), cancellationToken)).FirstOrDefault()
            : null;
        var answer = new ProductPageDto(details, prices?.GetValueOrDefault(sku), successor, prices is null ? [PricesMissing] : []);
        if (prices is not null)
        {
            await cache.SetAsync(key, answer, Options.CatalogPageLifetime);
        }

        return answer;
    }

    /// <summary>
    /// Prices lines for the account. Lines whose SKU is unknown or outside the assortment answer 404 whatever Pricing says,
    /// so a price never reveals a product the account may not see. The assortment check and the pricing run in parallel.
    /// </summary>
    public async Task<PricedLines> PriceLinesAsync(Guid accountId, IReadOnlyList<PriceLineRequest> lines, string token, CancellationToken cancellationToken)
    {
        // Pricing does not need the assortment, so it starts before the assortment is looked up.
        var pricedCall = Downstream.CallAsync("Pricing", Options.RequiredTimeout,
            t => Downstream.SuccessfulAsync(pricing.PriceBatchResponseAsync(accountId, new PriceBatchRequest(lines), token, t)), cancellationToken);
        var skus = lines.Select(l => l.Sku).Distinct().ToList();
        HashSet<string> visible;
        try
        {
            var assortment = await AssortmentAsync(accountId, token, cancellationToken);
            visible = (await Downstream.CallAsync("Catalog", Options.RequiredTimeout,
                t => catalog.VisibleAsync(new ProductLookupRequest(assortment, skus), token, t), cancellationToken)).ToHashSet(StringComparer.Ordinal);
        }
        catch
        {
            _ = pricedCall.ContinueWith(call => call.Result.Dispose(), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
            throw;
        }

        var priced = await pricedCall;
        if (skus.All(visible.Contains))
        {
            return new PricedLines(priced);
        }

        using (priced)
        {
            var answer = (await priced.Content.ReadFromJsonAsync<PriceBatchResultDto>(JsonSerializerOptions.Web, cancellationToken))!;
            return new PricedLines(new PriceBatchResultDto([.. answer.Lines.Select(line => visible.Contains(line.Sku)
                ? line
                : new PriceLineResultDto(line.Sku, line.Quantity, StatusCodes.Status404NotFound, null, CatalogAnswers.NoSuchProduct(line.Sku)))]));
        }
    }

    /// <summary>Whether the SKU exists and is in the account's assortment.</summary>
    public async Task<bool> IsVisibleAsync(Guid accountId, string sku, string token, CancellationToken cancellationToken)
    {
        var assortment = await AssortmentAsync(accountId, token, cancellationToken);
        var visible = await Downstream.CallAsync("Catalog", Options.RequiredTimeout,
            t => catalog.VisibleAsync(new ProductLookupRequest(assortment, [sku]), token, t), cancellationToken);
        return visible.Contains(sku, StringComparer.Ordinal);
    }

    public async Task<EquipmentPartsDto?> EquipmentPartsAsync(Guid accountId, string model, string token, CancellationToken cancellationToken)
    {
        var assortment = await AssortmentAsync(accountId, token, cancellationToken);
        try
        {
            return await Downstream.CallAsync("Catalog", Options.RequiredTimeout, t => catalog.GetEquipmentPartsAsync(model, assortment, token, t), cancellationToken);
        }
        catch (ApiException exception) when (Downstream.IsNotFound(exception))
        {
            return null;
        }
    }

    /// <summary>The categories the account can browse: those its assortment covers, the ones above them, and those of listed SKUs.</summary>
    public async Task<IReadOnlyList<CategoryDto>> CategoriesAsync(Guid accountId, string token, CancellationToken cancellationToken)
    {
        var assortment = await AssortmentAsync(accountId, token, cancellationToken);
        var all = await cache.GetAsync<List<CategoryDto>>("bff:categories") ?? [];
        if (all.Count == 0)
        {
            all = [.. await Downstream.CallAsync("Catalog", Options.RequiredTimeout, t => catalog.GetCategoriesAsync(token, t), cancellationToken)];
            await cache.SetAsync("bff:categories", all, Options.CategoriesLifetime);
        }

        var listed = assortment.IncludedSkus.Count == 0 ? [] : await Downstream.CallAsync("Catalog", Options.RequiredTimeout,
            t => catalog.LookupAsync(new ProductLookupRequest(assortment, assortment.IncludedSkus), token, t), cancellationToken);
        return CatalogAnswers.VisibleCategories(all, assortment, listed.Select(p => p.CategoryPath));
    }

    private async Task<Dictionary<string, PriceDto>?> PricesOrNothingAsync(
        Guid accountId, IReadOnlyList<PriceLineRequest> lines, string token, CancellationToken cancellationToken)
    {
        if (lines.Count == 0)
        {
            return [];
        }

        try
        {
            var priced = await Downstream.CallAsync("Pricing", Options.PagePricesTimeout,
                t => pricing.PriceBatchAsync(accountId, new PriceBatchRequest(lines), token, t), cancellationToken);
            return priced.Lines.Where(l => l.Price is not null).ToDictionary(l => l.Sku, l => l.Price!);
        }
        catch (ServiceUnavailableException)
        {
            return null;
        }
    }
}
