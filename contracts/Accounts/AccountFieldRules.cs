namespace B2BPortal.Contracts.Accounts;

/// <summary>The bounds of the texts a member and a company's credit terms carry; the columns use the same constants.</summary>
public static class AccountFieldRules
{
    public const int MaxEmailLength = 256;

    /// <summary>A caller's subject: a user id, or a partner system's client id (carts, orders, audit and approvals keep it).</summary>
    public const int MaxSubjectLength = 200;

    public const int MaxDisplayNameLength = 200;

    public const int MaxPaymentTermsLength = 100;
}
