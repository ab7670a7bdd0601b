using Microsoft.Extensions.DependencyInjection;
using Refit;

namespace B2BPortal.BuildingBlocks.Http;

/// <summary>
/// Refit clients of the portal, all on one <see cref="RefitSettings"/>. Refit makes a JSON serializer per settings object, and
/// System.Text.Json learns each type again per serializer: a typed client registered without settings got new ones on every
/// resolution, and a quarter of the Order service's CPU under load went into describing the same DTOs again.
/// </summary>
public static class ServiceClients
{
    private static readonly RefitSettings Settings = new();

    /// <summary>A typed Refit client of <typeparamref name="TClient"/> calling <paramref name="baseAddress"/>.</summary>
    public static IHttpClientBuilder AddServiceClient<TClient>(this IServiceCollection services, Uri baseAddress)
        where TClient : class =>
        services.AddRefitGeneratedClient<TClient>(Settings).ConfigureHttpClient(http => http.BaseAddress = baseAddress);

    public static IHttpClientBuilder AddServiceClient<TClient>(this IServiceCollection services, string baseAddress)
        where TClient : class =>
        services.AddServiceClient<TClient>(new Uri(baseAddress));

    /// <summary>One of several clients of <typeparamref name="TClient"/>, one per service that answers the same API, resolved by <paramref name="key"/>.</summary>
    public static IHttpClientBuilder AddKeyedServiceClient<TClient>(this IServiceCollection services, string key, string baseAddress)
        where TClient : class
    {
        var name = $"{typeof(TClient).Name}:{key}";
        services.AddKeyedTransient(key, (provider, _) => RestService.For<TClient>(provider.GetRequiredService<IHttpClientFactory>().CreateClient(name), Settings));
        return services.AddHttpClient(name, http => http.BaseAddress = new Uri(baseAddress));
    }
}
