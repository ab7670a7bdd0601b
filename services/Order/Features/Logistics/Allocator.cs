using B2BPortal.Contracts.Catalog;
using B2BPortal.Contracts.Orders;

namespace B2BPortal.Order.Features.Logistics;

/// <summary>Where a line ships from, and whether part of it waits for stock.</summary>
internal sealed record LineAllocationPlan(IReadOnlyList<AllocationDto> Allocations, decimal Backordered, string? Problem);

/// <summary>
/// Decides which warehouses ship a line to a country. A chosen warehouse ships all of it (what it lacks is a backorder
/// there). Best available takes stock from the warehouses that deliver soonest first and splits the line when one does not
/// hold enough; what no warehouse holds is backordered at the soonest one. Without stock data a line is all backorder.
/// </summary>
internal static class Allocator
{
    public const string CannotShip = "cannot-ship";
    public const string NoLane = "no-lane";
    public const string UnknownWarehouse = "unknown-warehouse";

    public static LineAllocationPlan Allocate(
        decimal quantity, string? chosenWarehouse, string? country, AvailabilityDto? availability, LogisticsOptions options, DateOnly today)
    {
        var stock = (availability?.Warehouses ?? []).ToDictionary(w => w.Warehouse, w => Math.Max(w.Quantity, 0), StringComparer.OrdinalIgnoreCase);
        if (chosenWarehouse is not null)
        {
            var warehouse = options.Find(chosenWarehouse);
            if (warehouse is null)
            {
                return new LineAllocationPlan([], 0, UnknownWarehouse);
            }

            var code = options.CodeOf(chosenWarehouse);
            var transit = country is null ? 0 : warehouse.TransitTo(country);
            if (transit is null)
            {
                return new LineAllocationPlan([], 0, CannotShip);
            }

            return Plan([(code, warehouse, transit.Value)], quantity, stock, options, today);
        }

        var lanes = options.Warehouses
            .Select(w => (Code: w.Key, Warehouse: w.Value, Transit: country is null ? 0 : w.Value.TransitTo(country)))
            .Where(l => l.Transit is not null)
            .Select(l => (l.Code, l.Warehouse, Transit: l.Transit!.Value))
            .OrderBy(l => l.Warehouse.HandlingDays + l.Transit).ThenBy(l => l.Code, StringComparer.Ordinal)
            .ToList();
        return lanes.Count == 0 ? new LineAllocationPlan([], 0, NoLane) : Plan(lanes, quantity, stock, options, today);
    }

    private static LineAllocationPlan Plan(
        IReadOnlyList<(string Code, WarehouseLogistics Warehouse, int Transit)> soonestFirst, decimal quantity,
        IReadOnlyDictionary<string, decimal> stock, LogisticsOptions options, DateOnly today)
    {
        var allocations = new List<AllocationDto>();
        var left = quantity;
        foreach (var (code, warehouse, transit) in soonestFirst)
        {
            var take = Math.Min(left, stock.GetValueOrDefault(code));
            if (take <= 0)
            {
                continue;
            }

            allocations.Add(new AllocationDto(code, warehouse.Name, take, today.AddDays(warehouse.HandlingDays + transit), Backorder: false));
            left -= take;
            if (left == 0)
            {
                break;
            }
        }

        if (left > 0)
        {
            var (code, warehouse, transit) = soonestFirst[0];
            allocations.Add(new AllocationDto(code, warehouse.Name, left, today.AddDays(options.BackorderLeadDays + warehouse.HandlingDays + transit),
                Backorder: true));
        }

        return new LineAllocationPlan(allocations, left, null);
    }
}
