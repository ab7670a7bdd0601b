using B2BPortal.Contracts.Accounts;
using B2BPortal.Contracts.Catalog;
using B2BPortal.Contracts.Orders;
using B2BPortal.Contracts.Pricing;

namespace B2BPortal.Order.Features.Validation;

/// <summary>An earlier order of the account that used the same purchase-order reference.</summary>
internal sealed record EarlierOrder(string Number, DateTimeOffset SubmittedAt);

/// <summary>
/// What the checks need to know, gathered from the services that own it (never taken from the request): the account's
/// ordering profile (Account), each SKU against its assortment (Entitlement, Catalog), each line's price (Pricing), the
/// company's credit (the ERP's, kept here) and earlier use of the purchase-order reference.
/// </summary>
internal sealed record OrderFacts(
    OrderingProfileDto Profile,
    IReadOnlyDictionary<string, ProductCheckDto> Products,
    IReadOnlyDictionary<int, PriceLineResultDto> PricesByLine,
    CreditStatusDto? Credit,
    EarlierOrder? PurchaseOrderUsedBy,
    DateOnly Today);
