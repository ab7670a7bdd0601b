using B2BPortal.Contracts.Accounts;

namespace B2BPortal.Account.Features.Accounts;

/// <summary>
/// A customer company (no parent) or one of its business units / plants. Credit terms and the two-factor policy are
/// the company's; units inherit them.
/// </summary>
public sealed class Account
{
    public Guid Id { get; init; }
    public required string Name { get; set; }
    public Guid? ParentId { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public decimal? CreditLimit { get; set; }
    public string Currency { get; set; } = "EUR";
    public string? PaymentTerms { get; set; }
    public DateTimeOffset? CreditTermsUpdatedAt { get; set; }
    public DateTimeOffset? CreditConfirmedByErpAt { get; set; }

    /// <summary>The sequence of the ERP credit change last applied; an older one arriving late changes nothing.</summary>
    public long? ErpCreditSequence { get; set; }

    public bool RequireTwoFactor { get; set; }

    public bool PurchaseOrderRequired { get; set; } = true;
    public string? PurchaseOrderPattern { get; set; }
    public string? PurchaseOrderHint { get; set; }
    public bool UniquePurchaseOrders { get; set; } = true;
    public bool AllowBackorders { get; set; }

    public AccountDto ToDto() => new(Id, Name, ParentId);

    public CreditTermsDto CreditTerms() => new(CreditLimit, Currency, PaymentTerms, CreditTermsUpdatedAt) { ConfirmedByErpAt = CreditConfirmedByErpAt };

    public OrderingSettingsDto OrderingSettings() =>
        new(PurchaseOrderRequired, PurchaseOrderPattern, PurchaseOrderHint, UniquePurchaseOrders, AllowBackorders);
}
