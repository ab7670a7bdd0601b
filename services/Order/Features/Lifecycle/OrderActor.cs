using B2BPortal.BuildingBlocks.AccountScope;
using B2BPortal.Contracts.Orders;

namespace B2BPortal.Order.Features.Lifecycle;

/// <summary>Who or what moved an order: a user, a partner system, the ERP, or the portal itself (its rules and timers).</summary>
public sealed record OrderActor(string Kind, string? Id, string Name)
{
    public const string UserKind = "user";
    public const string PartnerKind = "partner";
    public const string ErpKind = "erp";
    public const string PortalKind = "portal";

    public static OrderActor Portal { get; } = new(PortalKind, null, "B2B Portal");

    public static OrderActor Erp(string? erpOrderNumber) => new(ErpKind, erpOrderNumber, "ERP");

    public static OrderActor Of(PortalCaller caller) => new(caller.IsPartner ? PartnerKind : UserKind, caller.Subject, caller.Name);

    public OrderHistoryActorDto ToDto() => new(Kind, Id, Name);
}
