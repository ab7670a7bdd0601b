namespace B2BPortal.Bff.Session;

/// <summary>The tokens of one session, kept beside its ticket so a refresh never races the cookie's sliding renewal.</summary>
public sealed record SessionTokenSet(string AccessToken, string? RefreshToken, string? IdToken, DateTimeOffset ExpiresAt)
{
    public bool ExpiresWithin(TimeSpan margin, TimeProvider time) => ExpiresAt - time.GetUtcNow() <= margin;
}
