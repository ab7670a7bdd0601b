namespace B2BPortal.Contracts.Orders;

/// <summary>The lengths of order numbers wherever they are stored: the portal's (<c>ORD-…</c>) and the ERP's (<c>SO-…</c>).</summary>
public static class OrderNumbers
{
    public const int MaxLength = 20;
    public const int MaxErpLength = 40;
}
