using B2BPortal.Contracts.Erp;

namespace B2BPortal.ErpSimulator.Features.Credit;

/// <summary>A customer's credit in the ERP: the limit its credit controllers granted, what it owes, and whether it is on hold.</summary>
public sealed class CustomerCredit
{
    public Guid CustomerAccountId { get; init; }
    public decimal? CreditLimit { get; set; }
    public required string Currency { get; set; }
    public decimal OpenBalance { get; set; }
    public bool OnHold { get; set; }
    public string? HoldReason { get; set; }
    public string? PaymentTerms { get; set; }
    public string? CreditContact { get; set; }
    public DateTimeOffset ChangedAt { get; set; }

    public ErpCreditDto ToDto() =>
        new(CustomerAccountId, CreditLimit, Currency, OpenBalance, OnHold, HoldReason, PaymentTerms, CreditContact, ChangedAt);

    public CreditChange ToChange() => new()
    {
        CustomerAccountId = CustomerAccountId, CreditLimit = CreditLimit, Currency = Currency, OpenBalance = OpenBalance, OnHold = OnHold,
        HoldReason = HoldReason, PaymentTerms = PaymentTerms, CreditContact = CreditContact, ChangedAt = ChangedAt,
    };
}

/// <summary>An entry of the credit feed: the customer's whole credit record after a change, in order of <see cref="Sequence"/>.</summary>
public sealed class CreditChange
{
    public long Sequence { get; init; }
    public Guid CustomerAccountId { get; init; }
    public decimal? CreditLimit { get; init; }
    public required string Currency { get; init; }
    public decimal OpenBalance { get; init; }
    public bool OnHold { get; init; }
    public string? HoldReason { get; init; }
    public string? PaymentTerms { get; init; }
    public string? CreditContact { get; init; }
    public DateTimeOffset ChangedAt { get; init; }

    public ErpCreditChangeDto ToDto() =>
        new(Sequence, CustomerAccountId, CreditLimit, Currency, OpenBalance, OnHold, HoldReason, PaymentTerms, CreditContact, ChangedAt);
}

/// <summary>An idempotency key of a write the ERP has applied; the same key again changes nothing.</summary>
public sealed class AppliedRequest
{
    public required string IdempotencyKey { get; init; }
    public DateTimeOffset AppliedAt { get; init; }
}
