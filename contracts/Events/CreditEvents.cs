namespace B2BPortal.Contracts.Events;

/// <summary>
/// The ERP changed a customer's credit (published by the ERP adapter from the ERP's credit feed). <c>AccountId</c> is the
/// customer company. The whole record comes each time; <c>Sequence</c> is the ERP's order of changes (a higher one wins).
/// </summary>
public sealed record ErpCreditChanged : IntegrationEvent
{
    public required long Sequence { get; init; }
    public decimal? CreditLimit { get; init; }
    public required string Currency { get; init; }
    public required decimal OpenBalance { get; init; }
    public required bool OnHold { get; init; }
    public string? HoldReason { get; init; }
    public string? PaymentTerms { get; init; }
    public string? CreditContact { get; init; }
    public required DateTimeOffset ChangedAt { get; init; }
}
