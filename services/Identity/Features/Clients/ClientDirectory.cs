using System.Text.Json;
using OpenIddict.Abstractions;

namespace B2BPortal.Identity.Features.Clients;

public sealed record RegisteredClient(string ClientId, string? DisplayName, IReadOnlyList<string> Accounts);

/// <summary>Registered clients with the accounts a partner client may act for (kept in the client's properties).</summary>
public sealed class ClientDirectory(IOpenIddictApplicationManager applications)
{
    public const string AccountsProperty = "portal_accounts";
    public const string BackchannelLogoutProperty = "backchannel_logout_uri";

    public async Task<RegisteredClient?> FindAsync(string clientId, CancellationToken cancellationToken)
    {
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken);
        if (application is null)
        {
            return null;
        }

        var properties = await applications.GetPropertiesAsync(application, cancellationToken);
        IReadOnlyList<string> accounts = properties.TryGetValue(AccountsProperty, out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Select(account => account.GetString()!)]
            : [];
        return new RegisteredClient(clientId, await applications.GetDisplayNameAsync(application, cancellationToken), accounts);
    }

    /// <summary>The origins (scheme, host, port) of every client's sign-in redirect: where a page here may send a person back to.</summary>
    public async Task<IReadOnlySet<string>> PortalOriginsAsync(CancellationToken cancellationToken)
    {
        var origins = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        await foreach (var application in applications.ListAsync(count: null, offset: null, cancellationToken))
        {
            foreach (var redirect in await applications.GetRedirectUrisAsync(application, cancellationToken))
            {
                if (Uri.TryCreate(redirect, UriKind.Absolute, out var uri))
                {
                    origins.Add(uri.GetLeftPart(UriPartial.Authority));
                }
            }
        }

        return origins;
    }

    /// <summary>Every client that wants to hear of sign-outs, with the URI to tell it at.</summary>
    public async Task<IReadOnlyList<(string ClientId, Uri LogoutUri)>> BackchannelLogoutClientsAsync(CancellationToken cancellationToken)
    {
        var found = new List<(string, Uri)>();
        await foreach (var application in applications.ListAsync(count: null, offset: null, cancellationToken))
        {
            var properties = await applications.GetPropertiesAsync(application, cancellationToken);
            if (properties.TryGetValue(BackchannelLogoutProperty, out var uri) && Uri.TryCreate(uri.GetString(), UriKind.Absolute, out var logoutUri))
            {
                found.Add(((await applications.GetClientIdAsync(application, cancellationToken))!, logoutUri));
            }
        }

        return found;
    }
}
