using B2BPortal.Account.Data;
using B2BPortal.Account.Features.Accounts;
using B2BPortal.BuildingBlocks.Data;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Account.Features.Ordering;

/// <summary>
/// The demo accounts' delivery addresses (ids fixed, like the accounts'), and the demo companies' ordering settings: Acme
/// requires a unique reference of the form PO-…; Borealis makes it optional and accepts backorders.
/// </summary>
public sealed class DemoShipToAddressesSeeder : IDbSeeder<AccountDbContext>
{
    public static readonly Guid AcmeHeadOffice = Guid.Parse("f0000000-0000-4000-8000-000000000001");
    public static readonly Guid PlantNorthGoodsReceipt = Guid.Parse("f0000000-0000-4000-8000-000000000002");
    public static readonly Guid PlantNorthAarhusDepot = Guid.Parse("f0000000-0000-4000-8000-000000000003");
    public static readonly Guid AssemblyLineHall7 = Guid.Parse("f0000000-0000-4000-8000-000000000004");
    public static readonly Guid PlantSouthLyon = Guid.Parse("f0000000-0000-4000-8000-000000000005");
    public static readonly Guid BorealisHeadOffice = Guid.Parse("f0000000-0000-4000-8000-000000000006");
    public static readonly Guid KirunaMineSite = Guid.Parse("f0000000-0000-4000-8000-000000000007");

    /// <summary>Plant South's export consolidation point in Morocco: no warehouse of the manufacturer ships there.</summary>
    public static readonly Guid TangierConsolidation = Guid.Parse("f0000000-0000-4000-8000-000000000008");

    private static readonly ShipToAddress[] Demo =
    [
        Address(AcmeHeadOffice, DemoAccountsSeeder.AcmeIndustrial, "Acme head office", "Acme Industrial GmbH", "Hanauer Landstraße 291", "60314", "Frankfurt am Main", "DE"),
        Address(PlantNorthGoodsReceipt, DemoAccountsSeeder.AcmePlantNorth, "Plant North goods receipt", "Acme Industrial GmbH, Plant North, Gate 3", "Werftstraße 12", "24143", "Kiel", "DE"),
        Address(PlantNorthAarhusDepot, DemoAccountsSeeder.AcmePlantNorth, "Aarhus service depot", "Acme Industrial ApS", "Havnevej 4", "8000", "Aarhus", "DK", isDefault: false),
        Address(AssemblyLineHall7, DemoAccountsSeeder.AcmeNorthAssembly, "Assembly line, hall 7", "Acme Industrial GmbH, Assembly line", "Werftstraße 12, Halle 7", "24143", "Kiel", "DE"),
        Address(PlantSouthLyon, DemoAccountsSeeder.AcmePlantSouth, "Plant South", "Acme Industrie SAS", "12 rue de Gerland", "69007", "Lyon", "FR"),
        Address(TangierConsolidation, DemoAccountsSeeder.AcmePlantSouth, "Tanger Med consolidation point", "Acme Industrial Maroc SARL", "Zone Franche, Lot 12", "90000", "Tanger", "MA", isDefault: false),
        Address(BorealisHeadOffice, DemoAccountsSeeder.BorealisMining, "Borealis head office", "Borealis Mining AB", "Storgatan 5", "972 31", "Luleå", "SE"),
        Address(KirunaMineSite, DemoAccountsSeeder.BorealisKirunaSite, "Kiruna mine site", "Borealis Mining AB, Kiruna", "Gruvvägen 1", "981 86", "Kiruna", "SE"),
    ];

    public async Task SeedAsync(AccountDbContext db, CancellationToken cancellationToken)
    {
        var existing = await db.ShipToAddresses.Select(a => a.Id).ToListAsync(cancellationToken);
        db.ShipToAddresses.AddRange(Demo.Where(a => !existing.Contains(a.Id)));
        if (existing.Count == 0)
        {
            await ConfigureCompaniesAsync(db, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Once, with the first addresses: later changes made through the API stay.</summary>
    private static async Task ConfigureCompaniesAsync(AccountDbContext db, CancellationToken cancellationToken)
    {
        var acme = await db.Accounts.SingleAsync(a => a.Id == DemoAccountsSeeder.AcmeIndustrial, cancellationToken);
        acme.PurchaseOrderRequired = true;
        acme.PurchaseOrderPattern = "^PO-[A-Z0-9-]{2,32}$";
        acme.PurchaseOrderHint = "PO- followed by capital letters, digits or dashes, like PO-4711";
        acme.UniquePurchaseOrders = true;
        acme.AllowBackorders = false;

        var borealis = await db.Accounts.SingleAsync(a => a.Id == DemoAccountsSeeder.BorealisMining, cancellationToken);
        borealis.PurchaseOrderRequired = false;
        borealis.UniquePurchaseOrders = false;
        borealis.AllowBackorders = true;
    }

    private static ShipToAddress Address(
        Guid id, Guid accountId, string label, string recipient, string street, string postalCode, string city, string country, bool isDefault = true) => new()
    {
        Id = id, AccountId = accountId, Label = label, Recipient = recipient, Street = street, PostalCode = postalCode, City = city, Country = country,
        IsDefault = isDefault,
    };
}
