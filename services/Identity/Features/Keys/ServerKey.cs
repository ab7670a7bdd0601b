namespace B2BPortal.Identity.Features.Keys;

/// <summary>An RSA key of the OIDC server, kept so that tokens issued before a restart stay valid after it.</summary>
public sealed class ServerKey
{
    public const string Signing = "signing";
    public const string Encryption = "encryption";

    public required string Purpose { get; init; }

    /// <summary>PKCS#8. Protect the <c>identity</c> schema like any other secret store.</summary>
    public required byte[] RsaPrivateKey { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
