using Microsoft.Extensions.Primitives;
using Microsoft.Extensions.ServiceDiscovery;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.ServiceDiscovery;

namespace B2BPortal.Bff.ServiceDiscovery;

/// <summary>
/// Resolves YARP destinations written as service names (<c>http://order</c>) to the endpoints service discovery knows
/// (<c>services__order__http__0</c> under AppHost or Aspire). Stands in for Microsoft.Extensions.ServiceDiscovery.Yarp,
/// which the package feed lacks; replace it with that package's <c>AddServiceDiscoveryDestinationResolver()</c> when available.
/// </summary>
internal sealed class ServiceDiscoveryDestinationResolver(ServiceEndpointResolver resolver) : IDestinationResolver
{
    public async ValueTask<ResolvedDestinationCollection> ResolveDestinationsAsync(
        IReadOnlyDictionary<string, DestinationConfig> destinations, CancellationToken cancellationToken)
    {
        var resolved = new Dictionary<string, DestinationConfig>();
        var changeTokens = new List<IChangeToken>();
        foreach (var (name, destination) in destinations)
        {
            var address = new Uri(destination.Address);
            var source = await resolver.GetEndpointsAsync(address.GetLeftPart(UriPartial.Authority), cancellationToken);
            changeTokens.Add(source.ChangeToken);
            foreach (var endpoint in source.Endpoints)
            {
                var target = ToUri(endpoint.ToString()!, address.Scheme);
                var resolvedAddress = new UriBuilder(address) { Scheme = target.Scheme, Host = target.Host, Port = target.Port }.Uri;
                resolved[$"{name}[{target.Authority}]"] = destination with { Address = resolvedAddress.ToString() };
            }
        }

        return new ResolvedDestinationCollection(resolved, new CompositeChangeToken(changeTokens));
    }

    private static Uri ToUri(string endpoint, string scheme) =>
        new(endpoint.Contains("://", StringComparison.Ordinal) ? endpoint : $"{scheme.Split('+')[0]}://{endpoint}");
}
