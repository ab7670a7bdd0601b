using B2BPortal.Contracts.Accounts;
using B2BPortal.Contracts.Orders;
using B2BPortal.Order.Features.Approvals;
using B2BPortal.Order.Features.Lifecycle;

namespace B2BPortal.Order.Features.Orders;

/// <summary>
/// An order as it was accepted: who placed it, where it goes, and every line at the price it was ordered at (a snapshot
/// that later price changes leave alone); then its life on three axes (process, validation, payment) with every step in
/// <see cref="History"/>. Every state change goes through <see cref="Move"/>, which asks <see cref="OrderLifecycle"/>.
/// </summary>
public sealed class Order
{
    private decimal netAmount;

    public Guid Id { get; init; }
    public required string Number { get; init; }
    public Guid AccountId { get; init; }

    /// <summary>The company at the top of the account's hierarchy: credit and exposure are the company's.</summary>
    public Guid CompanyId { get; init; }

    public string? PurchaseOrderNumber { get; init; }

    /// <summary>The process axis (<see cref="ProcessStates"/>); with <see cref="ValidationStatus"/> and <see cref="PaymentStatus"/> the order's three axes.</summary>
    public string ProcessStatus { get; private set; } = ProcessStates.Draft;
    public string ValidationStatus { get; private set; } = ValidationStates.PendingCheck;
    public string PaymentStatus { get; private set; } = PaymentStates.NotInvoiced;
    public string? ErpOrderNumber { get; private set; }

    /// <summary>The last of the ERP's changes to this order's sales order that has been applied (they are applied in order).</summary>
    public int ErpSequence { get; private set; }

    public string? RejectionReason { get; private set; }
    public string? CancellationReason { get; private set; }
    public DateTimeOffset? CancellationRequestedAt { get; private set; }
    public DateTimeOffset SubmittedAt { get; init; }
    public DateTimeOffset? AcknowledgedAt { get; private set; }
    public decimal InvoicedAmount { get; private set; }
    public decimal PaidAmount { get; private set; }
    public List<Shipment> Shipments { get; init; } = [];
    public List<Invoice> Invoices { get; init; } = [];
    public List<OrderHistoryEntry> History { get; init; } = [];

    /// <summary>The approval chain the rules asked for when the order was placed; empty when none did.</summary>
    public List<ApprovalStep> ApprovalSteps { get; init; } = [];
    public DateTimeOffset? ApprovalExpiresAt { get; private set; }

    /// <summary>The step that waits for a decision; null when none does.</summary>
    public ApprovalStep? CurrentApprovalStep => ProcessStatus == ProcessStates.PendingApproval ? ApprovalSteps.FirstOrDefault(s => s.Decision is null) : null;

    public required string PlacedBySubject { get; init; }
    public required string PlacedByName { get; init; }
    public bool PlacedByPartner { get; init; }
    public required string Source { get; init; }

    /// <summary>For an order from a cart: the version of the placer's cart that was ordered (each version is ordered once at most).</summary>
    public int? CartVersion { get; init; }

    /// <summary>For an order of a quote: the quote, its number and the accepted revision whose prices the order took.</summary>
    public Guid? QuoteId { get; init; }
    public string? QuoteNumber { get; init; }
    public int? QuoteRevision { get; init; }

    public DateOnly? RequestedDeliveryDate { get; init; }
    public OrderShipTo? ShipTo { get; init; }
    public string? VatId { get; init; }
    public required string Currency { get; init; }
    public decimal NetAmount { get => netAmount; init => netAmount = value; }

    /// <summary>The caller's key: the same key from the same caller answers this order again.</summary>
    public required string IdempotencyKey { get; init; }

    /// <summary>SHA-256 of the request in canonical form (quantities without trailing zeros, trimmed text).</summary>
    public required string RequestHash { get; init; }

    public List<OrderLine> Lines { get; init; } = [];

    public string StateOf(string axis) => axis switch
    {
        OrderAxes.Process => ProcessStatus,
        OrderAxes.Validation => ValidationStatus,
        OrderAxes.Payment => PaymentStatus,
        _ => throw new ArgumentOutOfRangeException(nameof(axis), axis, "Orders have three axes."),
    };

    /// <summary>Moves the order on one axis, if <see cref="OrderLifecycle"/> allows it, and records the step.</summary>
    /// <exception cref="OrderTransitionRefusedException">The move is not allowed; nothing changed.</exception>
    public void Move(string axis, string to, OrderActor actor, DateTimeOffset at, string detail, int? erpSequence = null)
    {
        if (OrderLifecycle.Refusal(this, axis, to) is { } refusal)
        {
            throw new OrderTransitionRefusedException(refusal);
        }

        var from = StateOf(axis);
        switch (axis)
        {
            case OrderAxes.Process: ProcessStatus = to; break;
            case OrderAxes.Validation: ValidationStatus = to; break;
            default: PaymentStatus = to; break;
        }

        Record(axis, from, to, kind: to, actor, at, detail, erpSequence);
    }

    /// <summary>Records a step that changed no state (a revised date, a refused cancellation, the ERP's order number).</summary>
    public void Note(string kind, OrderActor actor, DateTimeOffset at, string detail, int? erpSequence = null) =>
        Record(null, null, null, kind, actor, at, detail, erpSequence);

    /// <summary>The order is approved (by the rules, or by the last approver it needed) and goes to the ERP.</summary>
    public void Submit(OrderActor actor, DateTimeOffset at, string detail)
    {
        Move(OrderAxes.Validation, ValidationStates.Approved, actor, at, detail);
        Move(OrderAxes.Process, ProcessStates.Submitted, actor, at, "Sent to the ERP.");
    }

    /// <summary>The rules ask for approval: the order waits for the chain's decisions until <paramref name="expiresAt"/>.</summary>
    public void AwaitApproval(IReadOnlyList<ApprovalStep> chain, DateTimeOffset at, DateTimeOffset expiresAt)
    {
        Move(OrderAxes.Process, ProcessStates.PendingApproval, OrderActor.Portal, at, "Waits for approval: " + string.Join("; ", chain.Select(s => s.Rule)) + ".");
        ApprovalSteps.AddRange(chain);
        ApprovalExpiresAt = expiresAt;
    }

    /// <summary>The approver decides the current step; after the last one, the order is approved and goes to the ERP.</summary>
    public void ApproveStep(OrderActor approver, DateTimeOffset at, string? comment)
    {
        var step = CurrentApprovalStep ?? throw new OrderTransitionRefusedException($"Order {Number} waits for no approval.");
        (step.Decision, step.DecidedBy, step.DecidedByName, step.DecidedAt, step.Comment) = (ApprovalDecisions.Approved, approver.Id, approver.Name, at, comment);
        var text = $"Step {step.Number} of {ApprovalSteps.Count} approved by {approver.Name} ({step.Rule})" + (comment is null ? "." : $": {comment}");
        if (CurrentApprovalStep is null)
        {
            Submit(approver, at, text);
        }
        else
        {
            Note("approval", approver, at, text);
        }
    }

    /// <summary>The approver rejects the order at its current step; it is cancelled with the reason.</summary>
    public void RejectStep(OrderActor approver, DateTimeOffset at, string reason)
    {
        var step = CurrentApprovalStep ?? throw new OrderTransitionRefusedException($"Order {Number} waits for no approval.");
        (step.Decision, step.DecidedBy, step.DecidedByName, step.DecidedAt, step.Comment) = (ApprovalDecisions.Rejected, approver.Id, approver.Name, at, reason);
        Reject(approver, at, $"Rejected by {approver.Name}: {reason}");
    }

    /// <summary>Prices the lines again at what the approver was shown (the order is approved at today's prices).</summary>
    public void Reprice(IReadOnlyDictionary<int, (decimal UnitPrice, decimal LineAmount, string Source, Guid? ContractId, string? ContractName, decimal? TierMinQuantity, string Explanation)> prices)
    {
        foreach (var line in Lines)
        {
            if (prices.TryGetValue(line.LineNumber, out var price))
            {
                (line.UnitPrice, line.LineAmount, line.PriceSource, line.ContractId, line.ContractName, line.TierMinQuantity, line.PriceExplanation) = price;
            }
        }

        netAmount = Lines.Sum(l => l.LineAmount);
    }

    public void Acknowledge(string erpOrderNumber, DateTimeOffset acknowledgedAt)
    {
        if (AcknowledgedAt is not null)
        {
            return;
        }

        ErpOrderNumber ??= erpOrderNumber;
        AcknowledgedAt = acknowledgedAt;
        Note("erp-acknowledged", OrderActor.Erp(erpOrderNumber), acknowledgedAt, $"The ERP accepted the order as sales order {erpOrderNumber}.");
    }

    public void Cancel(OrderActor actor, DateTimeOffset at, string reason, int? erpSequence = null)
    {
        Move(OrderAxes.Process, ProcessStates.Cancelled, actor, at, reason, erpSequence);
        CancellationReason = Bounded(reason);
        CancellationRequestedAt = null;
    }

    public void Reject(OrderActor actor, DateTimeOffset at, string reason)
    {
        Move(OrderAxes.Validation, ValidationStates.Rejected, actor, at, reason);
        RejectionReason = Bounded(reason);
        Cancel(actor, at, reason);
    }

    /// <summary>The buyer asked the ERP to cancel a confirmed order; the ERP's answer comes through its feed.</summary>
    public void RequestCancellation(OrderActor actor, DateTimeOffset at, string reason)
    {
        CancellationRequestedAt = at;
        Note("cancellation-requested", actor, at, reason);
    }

    public void CancellationRefused(OrderActor actor, DateTimeOffset at, string reason, int erpSequence)
    {
        CancellationRequestedAt = null;
        Note("cancellation-refused", actor, at, reason, erpSequence);
    }

    /// <summary>Marks the ERP's change <paramref name="sequence"/> applied; changes are applied strictly one after the other.</summary>
    public void AppliedErpChange(int sequence, string erpOrderNumber)
    {
        if (sequence != ErpSequence + 1)
        {
            throw new InvalidOperationException($"Order {Number}: ERP change {sequence} applied after {ErpSequence}.");
        }

        ErpSequence = sequence;
        ErpOrderNumber ??= erpOrderNumber;
    }

    public void AddInvoice(Invoice invoice)
    {
        Invoices.Add(invoice);
        InvoicedAmount += invoice.Amount;
    }

    public void AddPayment(Invoice invoice, decimal amount)
    {
        invoice.PaidAmount += amount;
        PaidAmount += amount;
    }

    /// <summary>Whether every line has shipped in full.</summary>
    public bool ShippedInFull => Lines.All(l => l.ShippedQuantity >= l.Quantity);

    private void Record(string? axis, string? from, string? to, string kind, OrderActor actor, DateTimeOffset at, string detail, int? erpSequence) =>
        History.Add(new OrderHistoryEntry
        {
            OrderId = Id, At = at, Kind = kind, Axis = axis, FromState = from, ToState = to, Detail = Bounded(detail),
            ActorKind = actor.Kind, ActorId = actor.Id, ActorName = actor.Name, ErpSequence = erpSequence,
        });

    private static string Bounded(string text) =>
        text.Length <= OrderHistoryEntry.MaxDetailLength ? text : text[..(OrderHistoryEntry.MaxDetailLength - 1)] + "…";

    public OrderDto ToDto() => new(
        Id, Number, AccountId, PurchaseOrderNumber, ProcessStatus, ErpOrderNumber, SubmittedAt, AcknowledgedAt,
        [.. Lines.OrderBy(l => l.LineNumber).Select(l => l.ToDto())],
        new OrderActorDto(PlacedBySubject, PlacedByName, PlacedByPartner), Source, RequestedDeliveryDate, ShipTo?.ToDto(), VatId, Currency, NetAmount,
        RejectionReason)
    {
        ValidationStatus = ValidationStatus,
        PaymentStatus = PaymentStatus,
        CancellationReason = CancellationReason,
        CancellationRequestedAt = CancellationRequestedAt,
        InvoicedAmount = InvoicedAmount,
        PaidAmount = PaidAmount,
        Shipments = [.. Shipments.Select(s => s.ToDto())],
        Invoices = [.. Invoices.Select(i => i.ToDto())],
        History = [.. History.OrderBy(h => h.At).ThenBy(h => h.Id).Select(h => h.ToDto())],
        QuoteId = QuoteId,
        QuoteNumber = QuoteNumber,
        QuoteRevision = QuoteRevision,
        Approval = ApprovalSteps.Count == 0 ? null
            : new OrderApprovalDto([.. ApprovalSteps.OrderBy(s => s.Number).Select(s => s.ToDto())], SubmittedAt, ApprovalExpiresAt ?? SubmittedAt),
    };
}

/// <summary>A copy of the ship-to address as it was when the order was placed.</summary>
public sealed class OrderShipTo
{
    public Guid AddressId { get; init; }
    public Guid AccountId { get; init; }
    public required string Label { get; init; }
    public required string Recipient { get; init; }
    public required string Street { get; init; }
    public required string PostalCode { get; init; }
    public required string City { get; init; }
    public required string Country { get; init; }

    public static OrderShipTo From(ShipToAddressDto address) => new()
    {
        AddressId = address.Id, AccountId = address.AccountId, Label = address.Label, Recipient = address.Recipient, Street = address.Street,
        PostalCode = address.PostalCode, City = address.City, Country = address.Country,
    };

    public ShipToAddressDto ToDto() => new(AddressId, AccountId, Label, Recipient, Street, PostalCode, City, Country, IsDefault: false);
}

public sealed class OrderLine
{
    public Guid OrderId { get; init; }
    public int LineNumber { get; init; }
    public required string Sku { get; init; }
    public required string Name { get; init; }
    public decimal Quantity { get; init; }
    public required string Unit { get; init; }
    public string? Note { get; init; }
    public string? RequestedWarehouse { get; init; }
    public required string Currency { get; init; }
    public decimal UnitPrice { get; set; }
    public decimal LineAmount { get; set; }
    public required string PriceSource { get; set; }
    public Guid? ContractId { get; set; }
    public string? ContractName { get; set; }
    public decimal? TierMinQuantity { get; set; }
    public required string PriceExplanation { get; set; }
    public List<LineAllocation> Allocations { get; init; } = [];
    public decimal ShippedQuantity { get; set; }

    /// <summary>What the ERP says waits for stock, and until when; cleared as it ships.</summary>
    public decimal BackorderedQuantity { get; set; }
    public DateOnly? RevisedDeliveryDate { get; set; }

    public OrderLineDto ToDto() => new(
        LineNumber, Sku, Name, Quantity, Unit, Note, RequestedWarehouse,
        new OrderPriceSnapshotDto(Currency, UnitPrice, LineAmount, PriceSource, ContractId, ContractName, TierMinQuantity, PriceExplanation),
        [.. Allocations.Select(a => a.ToDto())])
    {
        ShippedQuantity = ShippedQuantity,
        BackorderedQuantity = BackorderedQuantity,
        RevisedDeliveryDate = RevisedDeliveryDate,
    };
}

/// <summary>Part of a line shipped from one warehouse.</summary>
public sealed class LineAllocation
{
    public required string Warehouse { get; init; }
    public required string WarehouseName { get; init; }
    public decimal Quantity { get; init; }
    public DateOnly EarliestDelivery { get; init; }
    public bool Backorder { get; init; }

    public AllocationDto ToDto() => new(Warehouse, WarehouseName, Quantity, EarliestDelivery, Backorder);
}
