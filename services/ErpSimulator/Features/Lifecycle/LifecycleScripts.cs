using B2BPortal.Contracts.Erp;
using B2BPortal.ErpSimulator.Features.SalesOrders;

namespace B2BPortal.ErpSimulator.Features.Lifecycle;

/// <summary>
/// The scenarios the simulated ERP plays out on its own, one step at a time. A step that does not apply to an order (a split of
/// a one-unit line) is skipped.
/// </summary>
public static class LifecycleScripts
{
    public const string Manual = "manual";

    private static readonly DateOnly Never = DateOnly.MaxValue;

    private static readonly Dictionary<string, Func<SalesOrder, ErpSalesOrderStep?>[]> Scripts = new()
    {
        ["standard"] =
        [
            Step(ErpChangeKinds.Confirmed), Step(ErpChangeKinds.Allocated), Step(ErpChangeKinds.Shipped), Step(ErpChangeKinds.Delivered),
            Step(ErpChangeKinds.Invoiced), Step(ErpChangeKinds.PaymentReceived),
        ],
        ["split"] =
        [
            Step(ErpChangeKinds.Confirmed), Step(ErpChangeKinds.Allocated), FirstPart, Step(ErpChangeKinds.Shipped), Step(ErpChangeKinds.Delivered),
            Step(ErpChangeKinds.Delivered), Step(ErpChangeKinds.Invoiced), HalfPayment, Step(ErpChangeKinds.PaymentReceived),
        ],
        ["backorder"] =
        [
            Step(ErpChangeKinds.Confirmed), AllocateWithBackorder, AllButBackorder, LaterStill, Step(ErpChangeKinds.Shipped),
            Step(ErpChangeKinds.Delivered), Step(ErpChangeKinds.Delivered), Step(ErpChangeKinds.Invoiced), Step(ErpChangeKinds.PaymentReceived),
        ],
        ["erp-cancel"] =
        [
            Step(ErpChangeKinds.Confirmed),
            _ => new ErpSalesOrderStep(ErpChangeKinds.Cancelled) { Reason = "The plant cannot produce the order in time; please order again or ask your account manager." },
        ],
        [Manual] = [],
    };

    public static IReadOnlyCollection<string> Names => Scripts.Keys;

    public static bool Exists(string scenario) => Scripts.ContainsKey(scenario);

    /// <summary>The step at <paramref name="position"/> of the order's scenario; null when the step does not apply. <c>Done</c> past the end.</summary>
    public static (bool Done, ErpSalesOrderStep? Step) At(SalesOrder order, int position) =>
        Scripts.TryGetValue(order.Scenario, out var script) && position < script.Length ? (false, script[position](order)) : (true, null);

    private static Func<SalesOrder, ErpSalesOrderStep?> Step(string kind) => _ => new ErpSalesOrderStep(kind);

    /// <summary>The first half of the lines, or half of a single line (nothing when that is less than one unit).</summary>
    private static ErpSalesOrderStep? FirstPart(SalesOrder order)
    {
        var unshipped = order.Unshipped();
        if (unshipped.Count > 1)
        {
            return new ErpSalesOrderStep(ErpChangeKinds.Shipped) { Lines = [.. unshipped.Take(unshipped.Count / 2).Select(u => new ErpLineQuantity(u.Key, u.Value))] };
        }

        var (line, quantity) = unshipped.Single();
        var half = Math.Floor(quantity / 2);
        return half > 0 ? new ErpSalesOrderStep(ErpChangeKinds.Shipped) { Lines = [new ErpLineQuantity(line, half)] } : null;
    }

    private static ErpSalesOrderStep? HalfPayment(SalesOrder order) =>
        new(ErpChangeKinds.PaymentReceived) { Amount = Math.Round((order.InvoicedAmount - order.PaidAmount) / 2, 2) };

    /// <summary>The last line waits for stock: all of it, or (for a one-line order) its larger half.</summary>
    private static ErpSalesOrderStep? AllocateWithBackorder(SalesOrder order) =>
        new(ErpChangeKinds.Allocated) { Lines = [Backorder(order, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14))] };

    private static ErpSalesOrderStep? AllButBackorder(SalesOrder order)
    {
        var waiting = Backorder(order, Never);
        var lines = order.Unshipped()
            .Select(u => new ErpLineQuantity(u.Key, u.Key == waiting.LineNumber ? u.Value - waiting.Quantity : u.Value))
            .Where(l => l.Quantity > 0).ToList();
        return lines.Count > 0 ? new ErpSalesOrderStep(ErpChangeKinds.Shipped) { Lines = lines } : null;
    }

    private static ErpSalesOrderStep? LaterStill(SalesOrder order)
    {
        var (line, quantity) = order.Unshipped().Where(u => u.Value > 0).OrderBy(u => u.Key).Last();
        return new ErpSalesOrderStep(ErpChangeKinds.Backordered) { Lines = [new ErpLineQuantity(line, quantity, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(21))] };
    }

    private static ErpLineQuantity Backorder(SalesOrder order, DateOnly until)
    {
        var unshipped = order.Unshipped();
        var (line, quantity) = unshipped.OrderBy(u => u.Key).Last();
        var waiting = unshipped.Count > 1 ? quantity : quantity - Math.Floor(quantity / 2);
        return new ErpLineQuantity(line, waiting, until == Never ? null : until);
    }
}
