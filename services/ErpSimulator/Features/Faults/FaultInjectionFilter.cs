namespace B2BPortal.ErpSimulator.Features.Faults;

/// <summary>Applies the fault knobs to the ERP's business endpoints.</summary>
internal sealed class FaultInjectionFilter(FaultSettings settings) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var faults = settings.Current;
        if (faults.LatencyMilliseconds > 0)
        {
            await Task.Delay(faults.LatencyMilliseconds, context.HttpContext.RequestAborted);
        }

        if (faults.Outage)
        {
            return TypedResults.Problem(statusCode: 503, title: "ERP unavailable.", detail: "The ERP is down (simulated outage).");
        }

        if (faults.ErrorRate > 0 && Random.Shared.NextDouble() < faults.ErrorRate)
        {
            return TypedResults.Problem(statusCode: 503, title: "ERP error.", detail: "The ERP failed this call (simulated error rate).");
        }

        return await next(context);
    }
}
