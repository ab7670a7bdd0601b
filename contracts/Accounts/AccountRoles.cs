namespace B2BPortal.Contracts.Accounts;

/// <summary>
/// The roles a membership grants. A role granted on an account holds for that account and every account below it,
/// never for its parent or its siblings. Customer roles belong to the customer's own people; internal roles to the
/// manufacturer's staff. A <see cref="PlatformAdmin"/> membership without an account holds for every account.
/// </summary>
public static class AccountRoles
{
    public const string Buyer = "Buyer";
    public const string Approver = "Approver";
    public const string AccountAdmin = "AccountAdmin";
    public const string AccountManager = "AccountManager";
    public const string Validator = "Validator";
    public const string PlatformAdmin = "PlatformAdmin";

    /// <summary>Not a membership: a partner system whose client registration binds it to accounts.</summary>
    public const string Partner = "Partner";

    public static readonly IReadOnlyList<string> Customer = [Buyer, Approver, AccountAdmin];
    public static readonly IReadOnlyList<string> Internal = [AccountManager, Validator, PlatformAdmin];
    public static readonly IReadOnlyList<string> Assignable = [.. Customer, .. Internal];

    public static bool IsInternal(string role) => Internal.Contains(role);

    /// <summary>Customer admins and account managers may hand out customer roles; only a platform admin hands out internal ones.</summary>
    public static bool MayGrant(IEnumerable<string> granterRoles, string role) =>
        granterRoles.Contains(PlatformAdmin) || (Customer.Contains(role) && granterRoles.Any(r => r is AccountAdmin or AccountManager));
}
