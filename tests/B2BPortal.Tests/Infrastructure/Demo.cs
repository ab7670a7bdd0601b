namespace B2BPortal.Tests.Infrastructure;

/// <summary>The seeded demo data the README lists: accounts, users, the shared dev-only password and the partner client.</summary>
public static class Demo
{
    public const string Password = "DevOnly!2026";

    public static readonly Guid AcmeIndustrial = Guid.Parse("a0000000-0000-4000-8000-000000000001");
    public static readonly Guid AcmePlantNorth = Guid.Parse("a0000000-0000-4000-8000-000000000002");
    public static readonly Guid AcmePlantSouth = Guid.Parse("a0000000-0000-4000-8000-000000000003");
    public static readonly Guid AcmeNorthAssembly = Guid.Parse("a0000000-0000-4000-8000-000000000004");
    public static readonly Guid BorealisMining = Guid.Parse("b0000000-0000-4000-8000-000000000001");
    public static readonly Guid BorealisKirunaSite = Guid.Parse("b0000000-0000-4000-8000-000000000002");

    /// <summary>Ship-to addresses of the demo accounts (Account's demo seed).</summary>
    public static readonly Guid AcmeHeadOffice = Guid.Parse("f0000000-0000-4000-8000-000000000001");
    public static readonly Guid PlantNorthGoodsReceipt = Guid.Parse("f0000000-0000-4000-8000-000000000002");
    public static readonly Guid PlantNorthAarhusDepot = Guid.Parse("f0000000-0000-4000-8000-000000000003");
    public static readonly Guid AssemblyLineHall7 = Guid.Parse("f0000000-0000-4000-8000-000000000004");
    public static readonly Guid PlantSouthLyon = Guid.Parse("f0000000-0000-4000-8000-000000000005");
    public static readonly Guid BorealisHeadOffice = Guid.Parse("f0000000-0000-4000-8000-000000000006");
    public static readonly Guid KirunaMineSite = Guid.Parse("f0000000-0000-4000-8000-000000000007");
    public static readonly Guid TangierConsolidation = Guid.Parse("f0000000-0000-4000-8000-000000000008");

    /// <summary>The account's own default ship-to address.</summary>
    public static Guid ShipToOf(Guid account) => new Dictionary<Guid, Guid>
    {
        [AcmeIndustrial] = AcmeHeadOffice, [AcmePlantNorth] = PlantNorthGoodsReceipt, [AcmeNorthAssembly] = AssemblyLineHall7,
        [AcmePlantSouth] = PlantSouthLyon, [BorealisMining] = BorealisHeadOffice, [BorealisKirunaSite] = KirunaMineSite,
    }[account];

    public const string AcmeBuyer = "buyer@acme.example";
    public const string AcmeApprover = "approver@acme.example";
    public const string AcmeAdmin = "admin@acme.example";
    public const string BorealisBuyer = "buyer@borealis.example";
    public const string AccountManager = "manager@portal.example";
    public const string AcmePlantApprover = "plant-approver@acme.example";
    public const string AcmeController = "controller@acme.example";
    public const string Validator = "validator@portal.example";

    /// <summary>Pricing's demo contract for pumps on Acme Plant North: PMP-1001 at 1,680, from 20 at 1,560.</summary>
    public static readonly Guid NorthPumpDeal = Guid.Parse("e0000000-0000-4000-8000-000000000002");

    public const string AcmePartner = "acme-erp-connector";
    public const string AcmePartnerSecret = "acme-erp-connector-secret-dev-only";
}
