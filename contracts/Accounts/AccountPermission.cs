namespace B2BPortal.Contracts.Accounts;

/// <summary>What an account-scoped route asks of its caller, on top of being allowed to act for the account.</summary>
public enum AccountPermission
{
    /// <summary>See the account: its units, people, orders, catalog and prices.</summary>
    View,

    /// <summary>Fill carts, request quotes and place orders.</summary>
    Purchase,

    /// <summary>Approve or reject orders: an Approver up to the membership's approval limit, a Validator the feasibility checks.</summary>
    Approve,

    /// <summary>Invite, disable and re-role users of the account and its descendants; set its security policy.</summary>
    ManageMembers,

    /// <summary>Change credit limit and payment terms (the ERP's job later; internal staff's now).</summary>
    ManageCreditTerms,

    /// <summary>Read who changed what, when and from where.</summary>
    ViewAudit,

    /// <summary>Set which categories and products the account may see and buy (internal staff).</summary>
    ManageAssortment,

    /// <summary>Set how the company orders: purchase-order rules and backorders.</summary>
    ManageOrderingSettings,

    /// <summary>Register, pause and rotate the webhook endpoints that receive the account's order events.</summary>
    ManageWebhooks,

    /// <summary>The manufacturer's side of a quote: take requests into review, price and send revisions, read and write internal notes.</summary>
    ManageQuotes,
}

public static class AccountPermissions
{
    private static readonly Dictionary<string, AccountPermission[]> ByRole = new()
    {
        [AccountRoles.Buyer] = [AccountPermission.View, AccountPermission.Purchase],
        [AccountRoles.Approver] = [AccountPermission.View, AccountPermission.Purchase, AccountPermission.Approve],
        [AccountRoles.AccountAdmin] =
            [AccountPermission.View, AccountPermission.Purchase, AccountPermission.ManageMembers, AccountPermission.ViewAudit, AccountPermission.ManageOrderingSettings,
                AccountPermission.ManageWebhooks],
        [AccountRoles.AccountManager] =
            [AccountPermission.View, AccountPermission.Purchase, AccountPermission.ManageMembers, AccountPermission.ManageCreditTerms, AccountPermission.ViewAudit,
                AccountPermission.ManageAssortment, AccountPermission.ManageOrderingSettings, AccountPermission.ManageWebhooks, AccountPermission.ManageQuotes],
        [AccountRoles.Validator] = [AccountPermission.View, AccountPermission.Approve, AccountPermission.ManageCreditTerms, AccountPermission.ViewAudit],
        [AccountRoles.PlatformAdmin] = Enum.GetValues<AccountPermission>(),
        [AccountRoles.Partner] = [AccountPermission.View, AccountPermission.Purchase, AccountPermission.ManageWebhooks],
    };

    public static bool Grants(IEnumerable<string> roles, AccountPermission permission) =>
        roles.Any(role => ByRole.TryGetValue(role, out var granted) && granted.Contains(permission));
}
