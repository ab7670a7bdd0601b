namespace B2BPortal.BuildingBlocks.Audit;

/// <summary><c>Audit</c> configuration of a service.</summary>
public sealed class AuditOptions
{
    /// <summary>The service's name in its records (<c>order</c>, <c>account</c>, …); set by <see cref="AuditExtensions.AddAuditTrail{TDbContext}"/>.</summary>
    public string Service { get; set; } = "";

    /// <summary>
    /// False turns recording off, for the benchmark that measures what auditing costs side by side; honoured in Development only,
    /// so no deployed service can be configured out of its trail.
    /// </summary>
    public bool Enabled { get; set; } = true;
}
