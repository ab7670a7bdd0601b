using B2BPortal.BuildingBlocks.AccountScope;

namespace B2BPortal.Bff.Session;

/// <summary>Sends the browser to the identity provider's two-factor page, which sends it back to the portal afterwards.</summary>
internal static class TwoFactorEnrolmentEndpoint
{
    public const string Path = "/bff/two-factor";

    public static IEndpointRouteBuilder MapTwoFactorEnrolment(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, (HttpRequest request, IConfiguration configuration) =>
            {
                var portal = $"{request.Scheme}://{request.Host}{request.PathBase}/";
                var page = new Uri(new Uri(AccountScopeExtensions.IdentityAuthority(configuration).TrimEnd('/') + "/"), "account/two-factor");
                return TypedResults.Redirect($"{page}?returnUrl={Uri.EscapeDataString(portal)}");
            })
            .WithTags("Session")
            .WithSummary("Redirects to the identity provider's page where the signed-in user turns two-factor sign-in on or off.");
        return app;
    }
}
