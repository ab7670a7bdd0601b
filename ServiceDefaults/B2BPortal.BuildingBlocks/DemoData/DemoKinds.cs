using System.Globalization;

namespace B2BPortal.BuildingBlocks.DemoData;

internal sealed record DemoVariant(string Size, string Material, int Rating);

internal sealed record DemoPartSlot(int Slot, string Position, decimal Quantity);

/// <summary>What a kind of product looks like: naming, category, packaging, price level and, for equipment, its parts list.</summary>
internal sealed record DemoKind(
    string Prefix, string ModelPrefix, string NameFormat, string DescriptionFormat, DemoCategory[] Categories,
    string UnitOfMeasure, int PackSize, int PalletQuantity, decimal MinimumOrderQuantity, decimal BasePrice, int TypicalStock,
    string[] Sizes, string[] Materials, string SizeAttribute, string RatingAttribute, DemoPartSlot[] PartsList, bool IsPump = false)
{
    public bool IsEquipment => PartsList.Length > 0;

    public DemoCategory CategoryFor(int block) => Categories[block % Categories.Length];

    public DemoVariant Variant(Random random) =>
        new(Sizes[random.Next(Sizes.Length)], Materials[random.Next(Materials.Length)], random.Next(1, 20));

    public IReadOnlyDictionary<string, string> Attributes(DemoVariant variant) => new Dictionary<string, string>
    {
        [SizeAttribute] = variant.Size,
        ["material"] = variant.Material,
        [RatingAttribute] = (variant.Rating * 5).ToString(CultureInfo.InvariantCulture),
    };
}

internal static class DemoKinds
{
    private static readonly string[] Metals = ["cast iron", "stainless steel", "bronze", "duplex steel"];
    private static readonly string[] Elastomers = ["NBR", "EPDM", "FKM", "PTFE"];
    private static readonly string[] Flanges = ["DN25", "DN32", "DN40", "DN50", "DN65", "DN80", "DN100"];
    private static readonly string[] Bores = ["20 mm", "25 mm", "30 mm", "35 mm", "40 mm", "50 mm"];

    private static readonly DemoPartSlot[] PumpParts =
    [
        new(4, "010", 1), new(5, "020", 1), new(7, "030", 2), new(9, "040", 1), new(10, "050", 1), new(6, "060", 1),
    ];

    public static readonly DemoKind CentrifugalPump = new("PMP", "CP", "Centrifugal pump {0}, {1}", "End-suction centrifugal pump, {0} connection, {1} casing.",
        [DemoCategories.CentrifugalPumps], "EA", 1, 4, 1, 2100m, 20, Flanges, Metals, "connection", "flow_m3h", PumpParts, IsPump: true);

    public static readonly DemoKind DosingOrSubmersiblePump = new("PMP", "DP", "Process pump {0}, {1}", "Pump for dosing and drainage duty, {0} connection, {1} wetted parts.",
        [DemoCategories.DosingPumps, DemoCategories.SubmersiblePumps], "EA", 1, 6, 1, 1650m, 15, Flanges, Metals, "connection", "flow_m3h", PumpParts, IsPump: true);

    public static readonly DemoKind Motor = new("MOT", "M", "Electric motor {0}, {1} frame", "Three-phase motor, {0} frame, {1} housing, IE3.",
        [DemoCategories.AcMotors, DemoCategories.ServoMotors], "EA", 1, 8, 1, 780m, 30, ["IEC 80", "IEC 90", "IEC 100", "IEC 112", "IEC 132"],
        ["aluminium", "cast iron"], "frame", "power_kw_x10", [new(7, "010", 1), new(17, "020", 1), new(16, "030", 1)]);

    public static readonly DemoKind Valve = new("VLV", "V", "Valve {0}, {1}", "Industrial valve, {0}, {1} body, flanged.",
        [DemoCategories.BallValves, DemoCategories.ButterflyValves, DemoCategories.CheckValves], "EA", 1, 24, 1, 260m, 80, Flanges, Metals,
        "size", "pressure_bar", [new(15, "010", 1), new(6, "020", 2)]);

    public static readonly DemoKind Impeller = Part("IMP", "Impeller {1}, {2}", "Closed impeller for CP/DP pumps, {0}, {1}.", DemoCategories.Impellers, "EA", 1, 1, 180m, Flanges, Metals, "fits_connection");

    public static readonly DemoKind MechanicalSeal = Part("SEA", "Mechanical seal {1} shaft, {2}", "Single mechanical seal, {0} shaft, {1} elastomer.", DemoCategories.MechanicalSeals, "EA", 1, 1, 120m, Bores, Elastomers, "shaft");

    public static readonly DemoKind ORingSet = Part("ORS", "O-ring set {1}, {2}", "Set of 50 O-rings, {0}, {1}.", DemoCategories.ORings, "SET", 1, 1, 24m, Bores, Elastomers, "inner_diameter");

    public static readonly DemoKind BallBearing = Part("BRG", "Ball bearing {1} bore, {2} cage", "Deep groove ball bearing, {0} bore, {1} cage.", DemoCategories.BallBearings, "EA", 10, 10, 9m, Bores, ["steel", "brass", "polyamide"], "bore");

    public static readonly DemoKind RollerBearing = Part("BRG", "Roller bearing {1} bore, {2} cage", "Cylindrical roller bearing, {0} bore, {1} cage.", DemoCategories.RollerBearings, "EA", 5, 5, 38m, Bores, ["steel", "brass"], "bore");

    public static readonly DemoKind GasketSet = Part("GSK", "Gasket set {1}, {2}", "Casing gasket set for {0} pumps, {1}.", DemoCategories.Gaskets, "SET", 1, 1, 36m, Flanges, ["aramid fibre", "graphite", "PTFE"], "fits_connection");

    public static readonly DemoKind Shaft = Part("SHF", "Pump shaft {1}, {2}", "Replacement shaft, {0}, {1}.", DemoCategories.Shafts, "EA", 1, 1, 210m, Bores, Metals, "diameter");

    public static readonly DemoKind SeatKit = Part("SKT", "Valve seat kit {1}, {2}", "Valve seat and seal kit, {0}, {1} seats.", DemoCategories.SeatKits, "SET", 1, 1, 64m, Flanges, Elastomers, "fits_size");

    public static readonly DemoKind Fan = Part("FAN", "Motor fan {1}, {2}", "Cooling fan for {0} motors, {1}.", DemoCategories.Fans, "EA", 1, 1, 28m, ["IEC 80", "IEC 90", "IEC 100", "IEC 112", "IEC 132"], ["polypropylene", "aluminium"], "fits_frame");

    private static DemoKind Part(
        string prefix, string name, string description, DemoCategory category, string unit, int packSize, decimal moq, decimal price,
        string[] sizes, string[] materials, string sizeAttribute) =>
        new(prefix, prefix, name, description, [category], unit, packSize, packSize * 120, moq, price, 600, sizes, materials, sizeAttribute, "rating", []);
}
