using System.Globalization;

namespace B2BPortal.BuildingBlocks.DemoData;

/// <summary>
/// Makes generated product <c>index</c>. Within each block of 20, slots 0–1 are pumps, 2 a motor, 3 a valve, the rest
/// parts; each piece of equipment lists the parts of its own block, so parts lists and compatibility always point at
/// products that exist. Every 25th block is discontinued, replaced by the same slot of the next block.
/// </summary>
internal static class DemoProductFactory
{
    private const int FirstNumber = 100_000;
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static readonly DemoKind[] Slots =
    [
        DemoKinds.CentrifugalPump, DemoKinds.DosingOrSubmersiblePump, DemoKinds.Motor, DemoKinds.Valve,
        DemoKinds.Impeller, DemoKinds.MechanicalSeal, DemoKinds.ORingSet, DemoKinds.BallBearing, DemoKinds.RollerBearing,
        DemoKinds.GasketSet, DemoKinds.Shaft, DemoKinds.BallBearing, DemoKinds.MechanicalSeal, DemoKinds.GasketSet,
        DemoKinds.ORingSet, DemoKinds.SeatKit, DemoKinds.Fan, DemoKinds.RollerBearing, DemoKinds.Valve, DemoKinds.Impeller,
    ];

    public static string SkuOf(int index) => $"{Slots[index % DemoCatalog.BlockSize].Prefix}-{FirstNumber + index}";

    public static string ModelOf(int index) => $"{Slots[index % DemoCatalog.BlockSize].ModelPrefix}-{FirstNumber + index}";

    public static DemoProduct Create(int index, int generatedCount)
    {
        var kind = Slots[index % DemoCatalog.BlockSize];
        var block = index / DemoCatalog.BlockSize;
        var random = new Random(index * 7919 + 17);
        var variant = kind.Variant(random);
        var discontinued = block % 25 == 3;
        var successor = discontinued && index + DemoCatalog.BlockSize < generatedCount ? SkuOf(index + DemoCatalog.BlockSize) : null;
        var model = kind.IsEquipment ? ModelOf(index) : null;

        return new DemoProduct(
            SkuOf(index),
            string.Format(Invariant, kind.NameFormat, model, variant.Size, variant.Material),
            string.Format(Invariant, kind.DescriptionFormat, variant.Size, variant.Material),
            kind.CategoryFor(block),
            kind.UnitOfMeasure,
            kind.PackSize,
            kind.PalletQuantity,
            kind.MinimumOrderQuantity,
            discontinued,
            successor,
            model,
            kind.Attributes(variant),
            Math.Round(kind.BasePrice * (decimal)(0.8 + random.NextDouble() * 0.6), 2),
            ServicePartsOf(index, kind, generatedCount),
            ModelsFitting(index, kind, generatedCount),
            [.. DemoCatalog.Warehouses.Select(_ => random.Next(7) == 0 ? 0 : random.Next(1, kind.TypicalStock))]);
    }

    private static IReadOnlyList<DemoServicePart> ServicePartsOf(int index, DemoKind kind, int generatedCount)
    {
        var blockStart = index - index % DemoCatalog.BlockSize;
        return [.. kind.PartsList
            .Where(part => blockStart + part.Slot < generatedCount)
            .Select(part => new DemoServicePart(part.Position, SkuOf(blockStart + part.Slot), part.Quantity))];
    }

    private static IReadOnlyList<string> ModelsFitting(int index, DemoKind kind, int generatedCount)
    {
        var slot = index % DemoCatalog.BlockSize;
        var blockStart = index - slot;
        var equipment = Enumerable.Range(0, 4).Where(s => blockStart + s < generatedCount && s != slot);
        return [.. equipment
            .Where(s => Slots[s].PartsList.Any(part => part.Slot == slot) || (kind == DemoKinds.Motor && Slots[s].IsPump))
            .Select(s => ModelOf(blockStart + s))];
    }
}
