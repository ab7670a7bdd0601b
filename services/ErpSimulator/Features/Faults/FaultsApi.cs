using B2BPortal.Contracts.Erp;
using Microsoft.AspNetCore.Http.HttpResults;

namespace B2BPortal.ErpSimulator.Features.Faults;

internal static class FaultsApi
{
    public static RouteGroupBuilder MapFaultsApi(this RouteGroupBuilder group)
    {
        group.MapGet("/", (FaultSettings settings) => TypedResults.Ok(settings.Current));
        group.MapPut("/", Set);
        return group;
    }

    private static Results<NoContent, ValidationProblem> Set(ErpFaults faults, FaultSettings settings)
    {
        if (faults.LatencyMilliseconds is < 0 or > 120_000 || faults.ErrorRate is < 0 or > 1 || faults.BlockedReason?.Length > 10_000)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["faults"] = ["Latency must be 0 to 120000 ms, the error rate 0 to 1 and a blocked item's reason at most 10000 characters."],
            });
        }

        settings.Set(faults);
        return TypedResults.NoContent();
    }
}
