namespace B2BPortal.BuildingBlocks.DemoData;

internal static class DemoCategories
{
    public static readonly DemoCategory Pumps = Root("pumps", "Pumps");
    public static readonly DemoCategory CentrifugalPumps = Child(Pumps, "centrifugal", "Centrifugal pumps");
    public static readonly DemoCategory DosingPumps = Child(Pumps, "dosing", "Dosing pumps");
    public static readonly DemoCategory SubmersiblePumps = Child(Pumps, "submersible", "Submersible pumps");
    public static readonly DemoCategory Valves = Root("valves", "Valves");
    public static readonly DemoCategory BallValves = Child(Valves, "ball", "Ball valves");
    public static readonly DemoCategory ButterflyValves = Child(Valves, "butterfly", "Butterfly valves");
    public static readonly DemoCategory CheckValves = Child(Valves, "check", "Check valves");
    public static readonly DemoCategory Bearings = Root("bearings", "Bearings");
    public static readonly DemoCategory BallBearings = Child(Bearings, "ball", "Ball bearings");
    public static readonly DemoCategory RollerBearings = Child(Bearings, "roller", "Roller bearings");
    public static readonly DemoCategory Seals = Root("seals", "Seals");
    public static readonly DemoCategory MechanicalSeals = Child(Seals, "mechanical", "Mechanical seals");
    public static readonly DemoCategory ORings = Child(Seals, "o-rings", "O-ring sets");
    public static readonly DemoCategory Motors = Root("motors", "Motors");
    public static readonly DemoCategory AcMotors = Child(Motors, "ac", "AC induction motors");
    public static readonly DemoCategory ServoMotors = Child(Motors, "servo", "Servo motors");
    public static readonly DemoCategory Parts = Root("parts", "Service parts");
    public static readonly DemoCategory Impellers = Child(Parts, "impellers", "Impellers");
    public static readonly DemoCategory Gaskets = Child(Parts, "gaskets", "Gasket sets");
    public static readonly DemoCategory Shafts = Child(Parts, "shafts", "Shafts");
    public static readonly DemoCategory SeatKits = Child(Parts, "seat-kits", "Valve seat kits");
    public static readonly DemoCategory Fans = Child(Parts, "fans", "Motor fans");
    public static readonly DemoCategory Custom = Root("custom", "Customer-specific products");

    public static readonly IReadOnlyList<DemoCategory> All =
    [
        Pumps, CentrifugalPumps, DosingPumps, SubmersiblePumps, Valves, BallValves, ButterflyValves, CheckValves,
        Bearings, BallBearings, RollerBearings, Seals, MechanicalSeals, ORings, Motors, AcMotors, ServoMotors,
        Parts, Impellers, Gaskets, Shafts, SeatKits, Fans, Custom,
    ];

    private static DemoCategory Root(string code, string name) => new(code, name, code, null);

    private static DemoCategory Child(DemoCategory parent, string code, string name) =>
        new($"{parent.Code}-{code}", name, $"{parent.Path}/{code}", parent.Code);
}
