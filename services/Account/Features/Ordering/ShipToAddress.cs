using B2BPortal.Contracts.Accounts;

namespace B2BPortal.Account.Features.Ordering;

/// <summary>A delivery address of an account (configuration data kept in the portal). <c>Country</c> is ISO 3166-1 alpha-2.</summary>
public sealed class ShipToAddress
{
    public Guid Id { get; init; }
    public Guid AccountId { get; init; }
    public required string Label { get; set; }
    public required string Recipient { get; set; }
    public required string Street { get; set; }
    public required string PostalCode { get; set; }
    public required string City { get; set; }
    public required string Country { get; set; }
    public bool IsDefault { get; set; }

    public ShipToAddressDto ToDto() => new(Id, AccountId, Label, Recipient, Street, PostalCode, City, Country, IsDefault);
}
