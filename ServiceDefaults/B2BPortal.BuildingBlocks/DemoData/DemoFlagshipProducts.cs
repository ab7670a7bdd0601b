namespace B2BPortal.BuildingBlocks.DemoData;

/// <summary>The hand-written products the README, the demo contracts and the tests name.</summary>
internal static class DemoFlagshipProducts
{
    private static readonly Dictionary<string, string> NoAttributes = [];

    public static readonly IReadOnlyList<DemoProduct> All =
    [
        new("PMP-1001", "Centrifugal pump CP-50", "End-suction centrifugal pump, 50 m³/h, cast iron.", DemoCategories.CentrifugalPumps,
            "EA", 1, 4, 1, false, null, "CP-50",
            new Dictionary<string, string> { ["flow_m3h"] = "50", ["head_m"] = "32", ["material"] = "cast iron", ["power_kw"] = "7.5", ["connection"] = "DN65" },
            1890.00m, [new("010", "SEA-4001", 1), new("020", "BRG-3001", 2)], [], [12, 4, 0]),
        new("VLV-2001", "Ball valve DN50 PN40", "Full-bore stainless steel ball valve, flanged.", DemoCategories.BallValves,
            "EA", 1, 24, 1, false, null, null,
            new Dictionary<string, string> { ["size"] = "DN50", ["pressure_class"] = "PN40", ["material"] = "stainless steel" },
            246.50m, [], [], [140, 62, 35]),
        new("BRG-3001", "Deep groove ball bearing 6205", "Sealed deep groove ball bearing, 25×52×15 mm.", DemoCategories.BallBearings,
            "EA", 10, 2400, 10, false, null, null,
            new Dictionary<string, string> { ["bore_mm"] = "25", ["outer_diameter_mm"] = "52", ["width_mm"] = "15", ["seal"] = "2RS" },
            7.85m, [], ["CP-50"], [5200, 1800, 960]),
        new("SEA-4001", "Mechanical seal MS-25", "Single mechanical seal for CP-series pumps, 25 mm shaft.", DemoCategories.MechanicalSeals,
            "EA", 1, 400, 1, false, null, null,
            new Dictionary<string, string> { ["shaft_mm"] = "25", ["faces"] = "SiC/carbon", ["elastomer"] = "FKM" },
            132.00m, [], ["CP-50"], [85, 0, 22]),
        new("CUS-7001", "Pump skid PS-50, Acme specification", "Two CP-50 pumps on a common skid, wired and tested to Acme's plant standard.",
            DemoCategories.Custom, "EA", 1, 1, 1, false, null, null, NoAttributes, 9400.00m, [], [], [2, 0, 0]),
    ];
}
