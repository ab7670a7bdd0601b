namespace B2BPortal.Identity.Features.TwoFactor;

/// <summary>
/// What the Account service last said about a user's sign-in: a second factor is required when any company the user
/// belongs to requires it. Kept apart from the user, because the word may arrive before the user exists here.
/// </summary>
public sealed class SecurityRequirement
{
    public required string UserId { get; init; }

    public bool RequireTwoFactor { get; set; }

    /// <summary>When the Account service decided; an older word arriving late does not overwrite a newer one.</summary>
    public DateTimeOffset AsOf { get; set; }
}
