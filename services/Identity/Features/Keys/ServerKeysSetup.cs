using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;

namespace B2BPortal.Identity.Features.Keys;

/// <summary>Gives OpenIddict the persisted signing and encryption keys when its options are first built (after migrations).</summary>
internal sealed class ServerKeysSetup(IServiceScopeFactory scopes) : IConfigureOptions<OpenIddictServerOptions>
{
    public void Configure(OpenIddictServerOptions options)
    {
        using var scope = scopes.CreateScope();
        var keys = scope.ServiceProvider.GetRequiredService<ServerKeyStore>();
        options.SigningCredentials.Add(new SigningCredentials(keys.GetOrCreate(ServerKey.Signing), SecurityAlgorithms.RsaSha256));
        options.EncryptionCredentials.Add(new EncryptingCredentials(
            keys.GetOrCreate(ServerKey.Encryption), SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512));
    }
}
