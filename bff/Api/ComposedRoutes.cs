using B2BPortal.BuildingBlocks.Http;

namespace B2BPortal.Bff.Api;

/// <summary>
/// What the BFF's own (composed, not proxied) account routes share with the proxied ones: the gateway's checks before the
/// handler runs (<see cref="ApiGateway.AdmitAsync"/>), and a 503 naming the service when one it needs did not answer.
/// </summary>
internal static class ComposedRoutes
{
    public static RouteGroupBuilder MapComposedAccountGroup(this IEndpointRouteBuilder app, string tag) =>
        app.MapGroup("/api/v1/accounts/{accountId:guid}").WithTags(tag)
            .AddEndpointFilter(AdmitAsync)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    /// <summary>The caller's access token, for calling services on its behalf.</summary>
    public static string AccessTokenOf(HttpContext http) => ((ApiGateway.Admission)http.Items[typeof(ApiGateway.Admission)]!).AccessToken!;

    private static async ValueTask<object?> AdmitAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var admission = await ApiGateway.AdmitAsync(context.HttpContext);
        if (admission.Problem is not null)
        {
            return admission.Problem;
        }

        context.HttpContext.Items[typeof(ApiGateway.Admission)] = admission;
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
