using B2BPortal.Contracts.Orders;
using B2BPortal.Order.Features.Lifecycle;
using PlacedOrder = B2BPortal.Order.Features.Orders.Order;

namespace B2BPortal.Tests.Lifecycle;

/// <summary>
/// Every pair of states on every axis, tried on a real order: a move the transition table lists happens and is recorded; any other
/// is refused and changes nothing. The relations between the axes are tried on their own.
/// </summary>
public sealed class OrderTransitionTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);
    private static readonly OrderActor Buyer = new(OrderActor.UserKind, "user-1", "Dana Buyer");

    public static TheoryData<string, string, string> EveryPair()
    {
        var pairs = new TheoryData<string, string, string>();
        foreach (var (axis, states) in new[] { (OrderAxes.Process, ProcessStates.All), (OrderAxes.Validation, ValidationStates.All), (OrderAxes.Payment, PaymentStates.All) })
        {
            foreach (var from in states)
            {
                foreach (var to in states)
                {
                    pairs.Add(axis, from, to);
                }
            }
        }

        return pairs;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void A_move_happens_exactly_when_the_table_lists_it(string axis, string from, string to)
    {
        var order = OrderAt(axis, from);
        var steps = order.History.Count;
        var allowed = OrderTransitions.IsAllowed(axis, from, to);

        var refused = Record.Exception(() => order.Move(axis, to, Buyer, Now, "tried"));

        if (allowed)
        {
            Assert.Null(refused);
            Assert.Equal(to, order.StateOf(axis));
            var step = Assert.Single(order.History.Skip(steps));
            Assert.Equal((axis, from, to, Buyer.Name), (step.Axis, step.FromState, step.ToState, step.ActorName));
        }
        else
        {
            Assert.IsType<OrderTransitionRefusedException>(refused);
            Assert.Equal(from, order.StateOf(axis));
            Assert.Equal(steps, order.History.Count);
        }
    }

    [Fact]
    public void The_table_names_every_state_of_each_axis_and_no_other()
    {
        Assert.Equal(ProcessStates.All.Order(), OrderTransitions.Table[OrderAxes.Process].Keys.Order());
        Assert.Equal(ValidationStates.All.Order(), OrderTransitions.Table[OrderAxes.Validation].Keys.Order());
        Assert.Equal(PaymentStates.All.Order(), OrderTransitions.Table[OrderAxes.Payment].Keys.Order());
        foreach (var (axis, states) in OrderTransitions.Table)
        {
            Assert.All(states.Values.SelectMany(next => next), state => Assert.Contains(state, states.Keys));
        }
    }

    [Fact]
    public void An_order_goes_to_the_ERP_only_once_approved()
    {
        var waiting = NewOrder();
        waiting.Move(OrderAxes.Process, ProcessStates.PendingApproval, Buyer, Now, "needs approval");

        Assert.Throws<OrderTransitionRefusedException>(() => waiting.Move(OrderAxes.Process, ProcessStates.Submitted, Buyer, Now, "too early"));
        Assert.Throws<OrderTransitionRefusedException>(() => NewOrder().Move(OrderAxes.Process, ProcessStates.Submitted, Buyer, Now, "too early"));

        waiting.Move(OrderAxes.Validation, ValidationStates.Approved, Buyer, Now, "approved");
        waiting.Move(OrderAxes.Process, ProcessStates.Submitted, Buyer, Now, "now");
        Assert.Equal(ProcessStates.Submitted, waiting.ProcessStatus);
    }

    [Fact]
    public void Rejecting_is_only_for_an_order_waiting_for_approval_and_cancels_it()
    {
        var waiting = NewOrder();
        waiting.Move(OrderAxes.Process, ProcessStates.PendingApproval, Buyer, Now, "needs approval");
        waiting.Reject(Buyer, Now, "Over budget");
        Assert.Equal((ValidationStates.Rejected, ProcessStates.Cancelled, "Over budget"), (waiting.ValidationStatus, waiting.ProcessStatus, waiting.CancellationReason));

        var withdrawn = NewOrder();
        withdrawn.Move(OrderAxes.Process, ProcessStates.PendingApproval, Buyer, Now, "needs approval");
        withdrawn.Cancel(Buyer, Now, "Ordered by mistake");
        Assert.Throws<OrderTransitionRefusedException>(() => withdrawn.Reject(Buyer, Now, "late"));
        Assert.Equal(ValidationStates.PendingCheck, withdrawn.ValidationStatus);
    }

    [Theory]
    [InlineData(ProcessStates.Confirmed)]
    [InlineData(ProcessStates.Allocated)]
    [InlineData(ProcessStates.PartiallyShipped)]
    public void An_order_is_invoiced_only_once_shipped_in_full(string process)
    {
        var order = OrderAt(OrderAxes.Process, process);

        Assert.Throws<OrderTransitionRefusedException>(() => order.Move(OrderAxes.Payment, PaymentStates.Invoiced, OrderActor.Erp("SO-1"), Now, "early"));
        Assert.Equal(PaymentStates.NotInvoiced, order.PaymentStatus);
    }

    /// <summary>A new order in <paramref name="state"/> on <paramref name="axis"/>, reached by legal moves only, with the other axes where that state needs them.</summary>
    private static PlacedOrder OrderAt(string axis, string state, bool approve = true)
    {
        var order = NewOrder();
        switch (axis)
        {
            case OrderAxes.Process:
                if (approve)
                {
                    order.Move(OrderAxes.Validation, ValidationStates.Approved, Buyer, Now, "setup");
                }

                WalkTo(order, OrderAxes.Process, state);
                break;
            case OrderAxes.Validation:
                order.Move(OrderAxes.Process, ProcessStates.PendingApproval, Buyer, Now, "setup");
                WalkTo(order, OrderAxes.Validation, state);
                break;
            default:
                order.Move(OrderAxes.Validation, ValidationStates.Approved, Buyer, Now, "setup");
                WalkTo(order, OrderAxes.Process, ProcessStates.Shipped);
                WalkTo(order, OrderAxes.Payment, state);
                break;
        }

        return order;
    }

    /// <summary>Moves along the shortest path the table allows from the current state to <paramref name="target"/>.</summary>
    private static void WalkTo(PlacedOrder order, string axis, string target)
    {
        var table = OrderTransitions.Table[axis];
        var cameFrom = new Dictionary<string, string>();
        var queue = new Queue<string>([order.StateOf(axis)]);
        while (queue.Count > 0 && !cameFrom.ContainsKey(target) && queue.Peek() != target)
        {
            var state = queue.Dequeue();
            foreach (var next in table[state].Where(next => !cameFrom.ContainsKey(next)))
            {
                cameFrom[next] = state;
                queue.Enqueue(next);
            }
        }

        var path = new List<string>();
        for (var state = target; state != order.StateOf(axis); state = cameFrom[state])
        {
            path.Insert(0, state);
        }

        foreach (var state in path)
        {
            order.Move(axis, state, Buyer, Now, "setup");
        }
    }

    private static PlacedOrder NewOrder() => new()
    {
        Id = Guid.NewGuid(), Number = "ORD-1", PlacedBySubject = "user-1", PlacedByName = "Dana Buyer", Source = OrderSources.Api, Currency = "EUR",
        IdempotencyKey = "k", RequestHash = "h",
    };
}
