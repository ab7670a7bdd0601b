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

    /// <summary>Paths the BFF answers alone (no service takes any other method there), below <c>/api/v1/accounts/{accountId}</c>.</summary>
    private static readonly string[] OwnedPaths = ["/catalog", "/categories", "/products/{sku}", "/equipment/{model}/parts", "/prices", "/audit", "/audit/export", "/audit/verification"];

    /// <summary>
    /// A method or content type the BFF's own routes do not take answers 405 (with <c>Allow</c>) or 415, as routing would: without
    /// these, the proxy's catch-all for account routes (ordered after them) would take the request to Account, which knows no such
    /// path and answers 404. The problem's detail comes from the input policy's texts for these statuses.
    /// </summary>
    public static IEndpointRouteBuilder MapComposedFallbacks(this IEndpointRouteBuilder app)
    {
        foreach (var path in OwnedPaths)
        {
            var pattern = "/api/v1/accounts/{accountId:guid}" + path;
            app.Map(pattern, (HttpContext http, EndpointDataSource endpoints) =>
            {
                var methods = AllowedMethods(endpoints, pattern);
                if (methods.Contains(http.Request.Method, StringComparer.OrdinalIgnoreCase))
                {
                    return Results.StatusCode(StatusCodes.Status415UnsupportedMediaType);
                }

                http.Response.Headers.Allow = string.Join(", ", methods);
                return Results.StatusCode(StatusCodes.Status405MethodNotAllowed);
            }).ExcludeFromDescription().Add(endpoint => ((RouteEndpointBuilder)endpoint).Order = 1);
        }

        return app;
    }

    private static List<string> AllowedMethods(EndpointDataSource endpoints, string pattern) =>
    [
        .. endpoints.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Order == 0 && string.Equals(e.RoutePattern.RawText, pattern, StringComparison.Ordinal))
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [])
            .Distinct().Order(StringComparer.Ordinal),
    ];

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
