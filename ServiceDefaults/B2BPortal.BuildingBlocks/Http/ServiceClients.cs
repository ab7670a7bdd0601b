using Refit;

namespace B2BPortal.BuildingBlocks.Http;

/// <summary>
/// One <see cref="RefitSettings"/> for every Refit client of the portal. Refit makes a JSON serializer per settings object, and
/// System.Text.Json learns each type again per serializer: a typed client registered without settings got new ones on every
/// resolution, and a quarter of the Order service's CPU under load went into describing the same DTOs again.
/// </summary>
public static class ServiceClients
{
    public static readonly RefitSettings Settings = new();
}
