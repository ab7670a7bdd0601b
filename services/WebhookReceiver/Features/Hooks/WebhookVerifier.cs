using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace B2BPortal.WebhookReceiver.Features.Hooks;

/// <summary>
/// Verifies a Standard Webhooks delivery, as any receiver should (docs/webhooks.md holds the same code to copy): the timestamp is
/// within five minutes of now, and one of the space-separated <c>v1,</c> signatures is HMAC-SHA256 over <c>id.timestamp.body</c>
/// with one of the receiver's <c>whsec_</c> secrets — during a rotation the sender signs with the old and the new secret, and a
/// receiver holding either must accept. Comparisons take constant time.
/// </summary>
public static class WebhookVerifier
{
    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    /// <summary>The index of the secret that verified the delivery, or null when none did.</summary>
    public static int? Verify(IReadOnlyList<string> secrets, string? id, string? timestamp, string? signatures, string body, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(signatures)
            || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || (now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > Tolerance)
        {
            return null;
        }

        var signed = Encoding.UTF8.GetBytes($"{id}.{timestamp}.{body}");
        var offered = signatures.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(s => s.StartsWith("v1,", StringComparison.Ordinal))
            .Select(s => TryBase64(s[3..]))
            .OfType<byte[]>()
            .ToList();
        for (var i = 0; i < secrets.Count; i++)
        {
            if (TryBase64(secrets[i]?.StartsWith("whsec_", StringComparison.Ordinal) == true ? secrets[i][6..] : secrets[i] ?? "") is not { Length: > 0 } key)
            {
                continue;
            }

            var expected = HMACSHA256.HashData(key, signed);
            if (offered.Any(signature => CryptographicOperations.FixedTimeEquals(signature, expected)))
            {
                return i;
            }
        }

        return null;
    }

    private static byte[]? TryBase64(string text)
    {
        var buffer = new byte[64];
        return Convert.TryFromBase64String(text, buffer, out var written) ? buffer[..written] : null;
    }
}
