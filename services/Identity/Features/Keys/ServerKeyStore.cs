using System.Security.Cryptography;
using B2BPortal.Identity.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;

namespace B2BPortal.Identity.Features.Keys;

/// <summary>Loads the server's keys from the database, creating each once; the first instance to save one wins.</summary>
public sealed class ServerKeyStore(IdentityDbContext db)
{
    public RsaSecurityKey GetOrCreate(string purpose)
    {
        var key = db.ServerKeys.AsNoTracking().SingleOrDefault(existing => existing.Purpose == purpose) ?? Create(purpose);
        var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(key.RsaPrivateKey, out _);
        var securityKey = new RsaSecurityKey(rsa);
        securityKey.KeyId = Base64UrlEncoder.Encode(securityKey.ComputeJwkThumbprint());
        return securityKey;
    }

    private ServerKey Create(string purpose)
    {
        using var rsa = RSA.Create(2048);
        db.ServerKeys.Add(new ServerKey { Purpose = purpose, RsaPrivateKey = rsa.ExportPkcs8PrivateKey(), CreatedAt = DateTimeOffset.UtcNow });
        try
        {
            db.SaveChanges();
        }
        catch (DbUpdateException)
        {
            // Another instance created it first; use theirs.
        }

        db.ChangeTracker.Clear();
        return db.ServerKeys.AsNoTracking().Single(existing => existing.Purpose == purpose);
    }
}
