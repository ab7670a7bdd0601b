using System.Text.Json;
using OpenIddict.Abstractions;

namespace B2BPortal.Identity.Features.Clients;

public sealed record RegisteredClient(string ClientId, string? DisplayName, IReadOnlyList<string> Accounts);

/// <summary>Registered clients with the accounts a partner client may act for (kept in the client's properties).</summary>
public sealed class ClientDirectory(IOpenIddictApplicationManager applications)
{
    public const string AccountsProperty = "portal_accounts";

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
}
