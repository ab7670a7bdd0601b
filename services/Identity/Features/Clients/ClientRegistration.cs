namespace B2BPortal.Identity.Features.Clients;

/// <summary>One client from configuration (<c>Identity:Clients</c>): the BFF signs users in; a partner uses client credentials.</summary>
public sealed class ClientRegistration
{
    public required string ClientId { get; init; }

    public required string ClientSecret { get; init; }

    public string? DisplayName { get; init; }

    /// <summary><c>code</c> (authorization code + PKCE, refresh tokens) or <c>client_credentials</c>.</summary>
    public required string Flow { get; init; }

    public List<Uri> RedirectUris { get; init; } = [];

    public List<Uri> PostLogoutRedirectUris { get; init; } = [];

    /// <summary>Where the client hears of a user's sign-out (OpenID Connect Back-Channel Logout).</summary>
    public Uri? BackchannelLogoutUri { get; init; }

    /// <summary>For partner clients: the account ids it may act for.</summary>
    public List<Guid> Accounts { get; init; } = [];
}
