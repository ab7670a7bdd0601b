namespace B2BPortal.Order.Features.Logistics;

/// <summary>
/// <c>Logistics</c> configuration: the manufacturer's warehouses, the days each needs to pick and pack, the countries it ships
/// to with the days in transit, and how long a backordered quantity takes to arrive in a warehouse. Configuration data of
/// the portal (appsettings.json), not demo data: production sets its own.
/// </summary>
public sealed class LogisticsOptions
{
    public Dictionary<string, WarehouseLogistics> Warehouses { get; set; } = [];

    public int BackorderLeadDays { get; set; } = 14;

    public WarehouseLogistics? Find(string? code) =>
        code is null ? null : Warehouses.FirstOrDefault(w => string.Equals(w.Key, code, StringComparison.OrdinalIgnoreCase)).Value;

    public string CodeOf(string code) => Warehouses.Keys.FirstOrDefault(k => string.Equals(k, code, StringComparison.OrdinalIgnoreCase)) ?? code;
}

public sealed class WarehouseLogistics
{
    public string Name { get; set; } = "";

    public int HandlingDays { get; set; } = 1;

    /// <summary>Days in transit by ISO 3166-1 alpha-2 country code; a country not listed is not served from this warehouse.</summary>
    public Dictionary<string, int> TransitDays { get; set; } = [];

    public int? TransitTo(string country) =>
        TransitDays.FirstOrDefault(t => string.Equals(t.Key, country, StringComparison.OrdinalIgnoreCase)) is { Key: not null } lane ? lane.Value : null;
}
