namespace B2BPortal.Contracts.Accounts;

/// <summary>The bounds of the texts a member and a company's credit terms carry; the columns use the same constants.</summary>
public static class AccountFieldRules
{
    public const int MaxEmailLength = 256;

    public const int MaxDisplayNameLength = 200;

    public const int MaxPaymentTermsLength = 100;
}
