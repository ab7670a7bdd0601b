namespace B2BPortal.Bff.Audit;

/// <summary>The services that keep a part of every account's audit trail, by the name their records carry.</summary>
internal static class AuditedServices
{
    public static readonly IReadOnlyList<(string Name, string Title)> All =
    [
        ("account", "Account"), ("entitlement", "Entitlement"), ("identity", "Identity"), ("order", "Order"), ("quote", "Quote"), ("webhooks", "Webhooks"),
    ];
}
