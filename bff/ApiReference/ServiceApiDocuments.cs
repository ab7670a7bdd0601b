using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Yarp.ReverseProxy.Configuration;

namespace B2BPortal.Bff.ApiReference;

/// <summary>
/// Adds to the BFF's document every path of a proxied service that a public route sends to that service, read from the
/// service's own <c>/openapi/v1.json</c> (cached for a minute). The services stay the one source of their API's shape;
/// their internal endpoints never appear, because no public route reaches them. A service that cannot be reached is
/// named in the document's description rather than failing the whole document.
/// </summary>
internal sealed class ServiceApiDocuments(
    IProxyConfigProvider proxy, IHttpClientFactory httpClients, IMemoryCache cache, ILogger<ServiceApiDocuments> logger) : IOpenApiDocumentTransformer
{
    private static readonly TimeSpan CacheDuration = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan FetchTimeout = TimeSpan.FromSeconds(5);

    public async Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var config = proxy.GetConfig();
        var routes = config.Routes.Where(route => route.Match.Path is not null)
            .Select(route => new PublicRoute(route.ClusterId!, TemplateParser.Parse(route.Match.Path!)))
            .ToList();
        var unreachable = new List<string>();
        foreach (var cluster in config.Clusters.OrderBy(c => c.ClusterId, StringComparer.Ordinal))
        {
            var address = cluster.Destinations?.Values.FirstOrDefault()?.Address;
            var service = address is null ? null : await FetchAsync(cluster.ClusterId, new Uri(address), cancellationToken);
            if (service is null)
            {
                unreachable.Add(cluster.ClusterId);
                continue;
            }

            Merge(document, service, path => PublicRoute.Owner(routes, path) == cluster.ClusterId);
        }

        if (unreachable.Count > 0)
        {
            document.Info.Description += $" Not described right now, because they did not answer: {string.Join(", ", unreachable)}.";
        }
    }

    private static void Merge(OpenApiDocument document, OpenApiDocument service, Func<string, bool> isPublic)
    {
        foreach (var (path, item) in service.Paths.Where(p => isPublic(p.Key)))
        {
            document.Paths[path] = item;
        }

        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        foreach (var (name, schema) in service.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>())
        {
            document.Components.Schemas.TryAdd(name, schema);
        }

        foreach (var tag in service.Tags ?? new HashSet<OpenApiTag>())
        {
            document.Tags ??= new HashSet<OpenApiTag>();
            if (!document.Tags.Any(t => t.Name == tag.Name))
            {
                document.Tags.Add(tag);
            }
        }
    }

    private async Task<OpenApiDocument?> FetchAsync(string clusterId, Uri address, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(CacheKey(clusterId), out OpenApiDocument? cached))
        {
            return cached;
        }

        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(FetchTimeout);
            using var http = httpClients.CreateClient(nameof(ServiceApiDocuments));
            await using var body = await http.GetStreamAsync(new Uri(address, "/openapi/v1.json"), timeout.Token);
            var read = await OpenApiDocument.LoadAsync(body, "json", new OpenApiReaderSettings(), timeout.Token);
            if (read.Document is null)
            {
                logger.LogWarning("The OpenAPI document of {Cluster} could not be read: {Errors}", clusterId,
                    string.Join("; ", read.Diagnostic?.Errors.Select(e => e.Message) ?? []));
                return null;
            }

            return cache.Set(CacheKey(clusterId), read.Document, CacheDuration);
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(exception, "The OpenAPI document of {Cluster} could not be fetched", clusterId);
            return null;
        }
    }

    private static string CacheKey(string clusterId) => $"openapi:{clusterId}";

    /// <summary>A public route and the service it proxies to; the route with the most literal segments wins, as in YARP.</summary>
    private sealed record PublicRoute(string ClusterId, RouteTemplate Template)
    {
        private readonly TemplateMatcher matcher = new(Template, new RouteValueDictionary());

        private int Literals => Template.Segments.Count(segment => segment.Parts.All(part => part.IsLiteral));

        public static string? Owner(IEnumerable<PublicRoute> routes, string path) => routes
            .Where(route => route.matcher.TryMatch(path, new RouteValueDictionary()))
            .OrderByDescending(route => route.Literals)
            .FirstOrDefault()?.ClusterId;
    }
}
