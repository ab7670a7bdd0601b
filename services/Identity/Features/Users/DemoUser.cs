namespace B2BPortal.Identity.Features.Users;

/// <summary>A demo user from <c>DemoData:Users</c> (development configuration only).</summary>
public sealed class DemoUser
{
    public required string Id { get; init; }

    public required string Email { get; init; }

    public required string DisplayName { get; init; }

    /// <summary>The accounts the Account service's demo memberships give the user (for their audit records).</summary>
    public List<Guid> Accounts { get; init; } = [];
}
