namespace B2BPortal.Order.Features.Credit;

/// <summary>
/// A company's credit as the ERP last reported it (read model of <c>ErpCreditChanged</c>): the ERP is the authority, so the
/// finance checks use nothing else. <see cref="Sequence"/> is the ERP's change number; an older change arriving late is ignored.
/// <see cref="NotYetInvoiced"/> is the portal's own part: its orders not rejected, in the credit's currency (<see cref="CreditLedger"/>).
/// </summary>
public sealed class CreditAccount
{
    public Guid CompanyId { get; init; }
    public long Sequence { get; set; }
    public decimal? CreditLimit { get; set; }
    public required string Currency { get; set; }
    public decimal OpenReceivables { get; set; }
    public decimal NotYetInvoiced { get; set; }
    public bool OnHold { get; set; }
    public string? HoldReason { get; set; }
    public string? CreditContact { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
}
