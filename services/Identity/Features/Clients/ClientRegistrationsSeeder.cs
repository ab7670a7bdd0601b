using System.Text.Json;
using B2BPortal.BuildingBlocks.Data;
using B2BPortal.Identity.Data;
using B2BPortal.Identity.Features.Connect;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace B2BPortal.Identity.Features.Clients;

/// <summary>Creates or updates every client in <c>Identity:Clients</c> at start-up, so configuration is the source of truth.</summary>
internal sealed class ClientRegistrationsSeeder(IOpenIddictApplicationManager applications, IConfiguration configuration)
    : IDbSeeder<IdentityDbContext>
{
    public async Task SeedAsync(IdentityDbContext db, CancellationToken cancellationToken)
    {
        foreach (var registration in configuration.GetSection("Identity:Clients").Get<List<ClientRegistration>>() ?? [])
        {
            var descriptor = Describe(registration);
            var existing = await applications.FindByClientIdAsync(registration.ClientId, cancellationToken);
            if (existing is null)
            {
                await applications.CreateAsync(descriptor, cancellationToken);
            }
            else
            {
                await applications.UpdateAsync(existing, descriptor, cancellationToken);
            }
        }
    }

    private static OpenIddictApplicationDescriptor Describe(ClientRegistration registration)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = registration.ClientId,
            ClientSecret = registration.ClientSecret,
            ClientType = ClientTypes.Confidential,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = registration.DisplayName,
            Permissions = { Permissions.Endpoints.Token, Permissions.Prefixes.Scope + PortalPrincipals.ApiScope },
        };
        if (registration.Flow == GrantTypes.ClientCredentials)
        {
            descriptor.Permissions.Add(Permissions.GrantTypes.ClientCredentials);
            descriptor.Properties[ClientDirectory.AccountsProperty] = JsonSerializer.SerializeToElement(registration.Accounts);
            return descriptor;
        }

        descriptor.Permissions.UnionWith(
        [
            Permissions.Endpoints.Authorization, Permissions.Endpoints.EndSession, Permissions.ResponseTypes.Code,
            Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken,
            Permissions.Scopes.Profile, Permissions.Scopes.Email,
        ]);
        descriptor.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
        descriptor.RedirectUris.UnionWith(registration.RedirectUris);
        descriptor.PostLogoutRedirectUris.UnionWith(registration.PostLogoutRedirectUris);
        if (registration.BackchannelLogoutUri is { } backchannel)
        {
            descriptor.Properties[ClientDirectory.BackchannelLogoutProperty] = JsonSerializer.SerializeToElement(backchannel.ToString());
        }

        return descriptor;
    }
}
