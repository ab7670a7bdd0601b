using B2BPortal.BuildingBlocks.AccountScope;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace B2BPortal.Bff.ApiReference;

/// <summary>
/// <c>/openapi/v1.json</c> on the BFF describes the whole public API: the BFF's own session endpoints plus every route of
/// the services it proxies (<see cref="ServiceApiDocuments"/>), with the two ways to call it (a partner's bearer token, or
/// the SPA's session cookie with <c>X-CSRF: 1</c>). <c>/api-reference</c> renders it for integrators.
/// </summary>
internal static class PublicApiDocument
{
    public const string PartnerScheme = "partner";
    public const string SessionScheme = "session";
    public const string ReferencePath = "/api-reference";

    public static IHostApplicationBuilder AddPublicApiDocument(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ServiceApiDocuments>();
        builder.Services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                Describe(document, AccountScopeExtensions.IdentityAuthority(builder.Configuration));
                return Task.CompletedTask;
            });
            options.AddDocumentTransformer<ServiceApiDocuments>();
        });
        return builder;
    }

    public static IEndpointRouteBuilder MapApiReference(this IEndpointRouteBuilder app)
    {
        app.MapScalarApiReference(ReferencePath, reference =>
        {
            reference.Title = "B2B Portal API";
            reference.DefaultFonts = false;
            reference.Telemetry = false;
        });
        return app;
    }

    private static void Describe(OpenApiDocument document, string identityAuthority)
    {
        document.Info = new OpenApiInfo
        {
            Title = "B2B Portal API",
            Version = "v1",
            Description =
                "Every route under /api/v1/accounts/{accountId}/ acts for that account only: an account the caller may not act for "
                + "answers 404, exactly like one that does not exist. Errors are RFC 7807 problem details. Partner systems get a token "
                + $"by client credentials at {identityAuthority.TrimEnd('/')}/connect/token (scope portal_api) and send it as "
                + "Authorization: Bearer; they are rate-limited per client (429 with Retry-After). The SPA calls with its session "
                + "cookie and the header X-CSRF: 1.",
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[PartnerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.OAuth2,
            Description = "Partner systems: client credentials from the identity provider.",
            Flows = new OpenApiOAuthFlows
            {
                ClientCredentials = new OpenApiOAuthFlow
                {
                    TokenUrl = new Uri($"{identityAuthority.TrimEnd('/')}/connect/token"),
                    Scopes = new Dictionary<string, string> { ["portal_api"] = "Call the portal API for the accounts the client is bound to." },
                },
            },
        };
        document.Components.SecuritySchemes[SessionScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = "bff_session",
            Description = "The SPA: the session cookie from /bff/login, and every API call also sends the header X-CSRF: 1.",
        };
        document.Security =
        [
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(PartnerScheme, document)] = ["portal_api"] },
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SessionScheme, document)] = [] },
        ];
    }
}
