using B2BPortal.Contracts.Erp;

namespace B2BPortal.ErpSimulator.Features.Lifecycle;

/// <summary>The scenario new sales orders get, and the pause between its steps. Start values from <c>Erp:Lifecycle:*</c>.</summary>
public sealed class LifecycleSettings(IConfiguration configuration)
{
    private ErpLifecycleSettings current = new(
        configuration.GetValue("Erp:Lifecycle:Scenario", "standard")!,
        configuration.GetValue("Erp:Lifecycle:StepSeconds", 5.0));

    public ErpLifecycleSettings Current => Volatile.Read(ref current);

    public void Set(ErpLifecycleSettings settings) => Volatile.Write(ref current, settings);

    /// <summary>When a new sales order takes its first scripted step; null when nothing is scripted.</summary>
    public DateTimeOffset? FirstStepAt(DateTimeOffset createdAt) =>
        Current.Scenario == LifecycleScripts.Manual ? null : createdAt + TimeSpan.FromSeconds(Current.StepSeconds);
}
