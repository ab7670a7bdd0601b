using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Yarp.ReverseProxy.Configuration;

namespace B2BPortal.Bff.ApiReference;

/// <summary>
/// Adds to the BFF's document every path of a proxied service that a public route sends to that service, read from the
/// service's own <c>/openapi/v1.json</c> (fetched in parallel, cached for a minute; a failure for ten seconds). The services stay the one source of their API's shape;
/// their internal endpoints never appear, because no public route reaches them. A service that cannot be reached is
/// named in the document's description rather than failing the whole document.
/// </summary>
internal sealed class ServiceApiDocuments(
    IProxyConfigProvider proxy, IHttpClientFactory httpClients, IMemoryCache cache, ILogger<ServiceApiDocuments> logger) : IOpenApiDocumentTransformer
{
    private static readonly TimeSpan CacheDuration = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan FailureCacheDuration = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan FetchTimeout = TimeSpan.FromSeconds(10);

    public async Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var config = proxy.GetConfig();
        var routes = config.Routes.Where(route => route.Match.Path is not null)
            .Select(route => new PublicRoute(route.ClusterId!, TemplateParser.Parse(route.Match.Path!)))
            .ToList();
        var clusters = config.Clusters.OrderBy(c => c.ClusterId, StringComparer.Ordinal).ToList();
        var documents = await Task.WhenAll(clusters.Select(cluster => FetchAsync(cluster, cancellationToken)));
        var unreachable = new List<string>();
        foreach (var (cluster, service) in clusters.Zip(documents))
        {
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
            if (document.Paths.TryGetValue(path, out var own) && own is OpenApiPathItem { Operations: { } composed }
                && item is OpenApiPathItem { Operations: { } proxied })
            {
                // The BFF composes some operations of this path itself (cart lines): those stay, the rest are the service's.
                foreach (var (method, operation) in proxied.Where(o => !composed.ContainsKey(o.Key)))
                {
                    composed[method] = operation;
                }
            }
            else
            {
                document.Paths[path] = item;
            }
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

    /// <summary>The service's document, or null when it cannot be had now; either answer is kept for a while.</summary>
    private async Task<OpenApiDocument?> FetchAsync(ClusterConfig cluster, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(CacheKey(cluster.ClusterId), out OpenApiDocument? cached))
        {
            return cached;
        }

        var address = cluster.Destinations?.Values.FirstOrDefault()?.Address;
        OpenApiDocument? fetched = null;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(FetchTimeout);
            using var http = httpClients.CreateClient(nameof(ServiceApiDocuments));
            await using var body = await http.GetStreamAsync(new Uri(new Uri(address!), "/openapi/v1.json"), timeout.Token);
            var read = await OpenApiDocument.LoadAsync(body, "json", new OpenApiReaderSettings(), timeout.Token);
            fetched = read.Document;
            if (fetched is null)
            {
                logger.LogWarning("The OpenAPI document of {Cluster} could not be read: {Errors}", cluster.ClusterId,
                    string.Join("; ", read.Diagnostic?.Errors.Select(e => e.Message) ?? []));
            }
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Unreachable, circuit open, timed out or not a document: describe the rest rather than fail the whole page.
            logger.LogWarning(exception, "The OpenAPI document of {Cluster} could not be fetched", cluster.ClusterId);
        }

        return cache.Set(CacheKey(cluster.ClusterId), fetched, fetched is null ? FailureCacheDuration : CacheDuration);
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
