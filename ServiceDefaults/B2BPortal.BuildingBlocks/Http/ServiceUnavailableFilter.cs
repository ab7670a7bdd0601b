using Microsoft.AspNetCore.Http;

namespace B2BPortal.BuildingBlocks.Http;

/// <summary>A service an endpoint depends on did not answer: the caller gets a 503 problem naming it, never a 500.</summary>
public sealed class ServiceUnavailableFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (ServiceUnavailableException exception)
        {
            return Downstream.Unavailable(exception);
        }
    }
}
