using B2BPortal.Contracts.Erp;

namespace B2BPortal.ErpSimulator.Features.Faults;

/// <summary>Fault knobs of the simulated ERP: added latency, a share of failed calls, a full outage. Start values from <c>Faults:*</c>.</summary>
public sealed class FaultSettings(IConfiguration configuration)
{
    private ErpFaults current = new(
        configuration.GetValue("Faults:LatencyMilliseconds", 0),
        configuration.GetValue("Faults:ErrorRate", 0.0),
        configuration.GetValue("Faults:Outage", false));

    public ErpFaults Current => Volatile.Read(ref current);

    public void Set(ErpFaults faults) => Volatile.Write(ref current, faults);
}
