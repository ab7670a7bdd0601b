using Microsoft.Net.Http.Headers;
using B2BPortal.BuildingBlocks.Http;
using B2BPortal.Contracts.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Refit;

namespace B2BPortal.BuildingBlocks.AccountScope;

public static class AccountScopeExtensions
{
    public const string ApiAudience = "portal-api";

    /// <summary>
    /// Validates portal access tokens itself (signature from Identity's JWKS, issuer, audience <c>portal-api</c>, lifetime).
    /// Identity is found as <c>Identity:Authority</c>, else through service discovery config (<c>services:identity:http:0</c>).
    /// </summary>
    public static IHostApplicationBuilder AddPortalApiAuthentication(this IHostApplicationBuilder builder)
    {
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddPortalJwtBearer(builder);
        builder.Services.AddAuthorization();
        return builder;
    }

    /// <summary>The JWT bearer scheme that validates portal access tokens, for hosts that combine it with other schemes.</summary>
    public static AuthenticationBuilder AddPortalJwtBearer(
        this AuthenticationBuilder authentication, IHostApplicationBuilder builder, string scheme = JwtBearerDefaults.AuthenticationScheme)
    {
        var authority = IdentityAuthority(builder.Configuration);
        return authentication.AddJwtBearer(scheme, jwt =>
        {
            jwt.Authority = authority;
            jwt.Audience = ApiAudience;
            jwt.MapInboundClaims = false;
            jwt.RequireHttpsMetadata = !builder.Environment.IsDevelopment() && authority.StartsWith("https", StringComparison.Ordinal);
            jwt.TokenValidationParameters.NameClaimType = "name";
        });
    }

    /// <summary>Token validation plus the caller's scope from the Account service, for every host but the Account service.</summary>
    public static IHostApplicationBuilder AddAccountScope(this IHostApplicationBuilder builder)
    {
        builder.AddPortalApiAuthentication();
        builder.AddRemoteAccountScope();
        return builder;
    }

    /// <summary>Callers' scopes asked of the Account service (<c>http://account</c>) and kept for <c>AccountScope:CacheDuration</c>.</summary>
    public static IHostApplicationBuilder AddRemoteAccountScope(this IHostApplicationBuilder builder)
    {
        builder.Services.AddMemoryCache();
        builder.Services.Configure<AccountScopeOptions>(builder.Configuration.GetSection("AccountScope"));
        builder.Services.AddServiceClient<IAccountScopeApi>("http://account");
        builder.Services.AddScoped<ICallerScopeSource, RemoteCallerScopeSource>();
        return builder;
    }

    /// <summary>
    /// <c>/api/v1/accounts/{accountId}{prefix}</c>: authenticated callers acting for that account only; every route in it
    /// may answer 401 (no valid token), 403 (the role lacks the permission) or 404 (no such account for this caller), and 503
    /// naming a service it depends on that did not answer (<see cref="ServiceUnavailableException"/>).
    /// </summary>
    public static RouteGroupBuilder MapAccountScopedGroup(this IEndpointRouteBuilder app, string prefix = "") =>
        app.MapGroup("/api/v1/accounts/{accountId:guid}" + prefix)
            .RequireAuthorization()
            .AddEndpointFilter<ServiceUnavailableFilter>()
            .AddEndpointFilter<AccountScopeFilter>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static TBuilder RequirePermission<TBuilder>(this TBuilder endpoint, AccountPermission permission)
        where TBuilder : IEndpointConventionBuilder =>
        endpoint.WithMetadata(new RequiredAccountPermission(permission));

    /// <summary>The scope check's finding for this request: the account acted for and the caller's roles there.</summary>
    public static AccountAccessDto ActingFor(this HttpContext http) =>
        http.Features.Get<AccountAccessDto>() ?? throw new InvalidOperationException("The endpoint is not in an account-scoped group.");

    /// <summary>The caller's own access token, to call other services on their behalf (an account-scoped route always has one).</summary>
    public static string AccessToken(this HttpContext http) =>
        BearerToken(http) ?? throw new InvalidOperationException("The request carries no bearer token.");

    internal static string? BearerToken(HttpContext http)
    {
        var header = http.Request.Headers[HeaderNames.Authorization].ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }

    public static string IdentityAuthority(IConfiguration configuration) =>
        (configuration["Identity:Authority"] ?? configuration["services:identity:http:0"]
            ?? throw new InvalidOperationException("Identity:Authority (or a service reference to identity) is not configured.")).TrimEnd('/');
}
