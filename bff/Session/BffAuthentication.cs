using B2BPortal.BuildingBlocks.AccountScope;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace B2BPortal.Bff.Session;

/// <summary>
/// Three ways in: the session cookie (browser), OpenID Connect to create it (authorization code + PKCE against Identity),
/// and bearer tokens (partners). Nothing ever answers an API call with a redirect.
/// </summary>
public static class BffAuthentication
{
    public const string BearerScheme = "bearer";
    public const string IdTokenHintItem = ".bff.id_token_hint";

    public static IHostApplicationBuilder AddBffAuthentication(this IHostApplicationBuilder builder)
    {
        var bff = builder.Configuration.GetSection("Bff");
        var authority = AccountScopeExtensions.IdentityAuthority(builder.Configuration);
        builder.Services.AddDataProtection().SetApplicationName("b2bportal-bff");
        builder.Services.AddOptions<KeyManagementOptions>().Configure<IConnectionMultiplexer>((keys, redis) =>
            keys.XmlRepository = new RedisXmlRepository(() => redis.GetDatabase(), "bff:data-protection-keys"));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<RedisSessionStore>();
        builder.Services.AddSingleton<BackchannelLogoutValidator>();
        builder.Services.AddScoped<SessionTokens>();
        builder.Services.Configure<SessionTokenOptions>(bff.GetSection("Tokens"));
        builder.Services.AddHttpClient(nameof(SessionTokens));

        builder.Services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.DefaultChallengeScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            })
            .AddCookie(cookie =>
            {
                cookie.Cookie.Name = bff["CookieName"] ?? "bff_session";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.ExpireTimeSpan = bff.GetValue("SessionLifetime", TimeSpan.FromHours(8));
                cookie.SlidingExpiration = true;
                cookie.Events.OnRedirectToLogin = context => Status(context.Response, StatusCodes.Status401Unauthorized);
                cookie.Events.OnRedirectToAccessDenied = context => Status(context.Response, StatusCodes.Status403Forbidden);
            })
            .AddOpenIdConnect(oidc =>
            {
                oidc.Authority = authority;
                oidc.RequireHttpsMetadata = authority.StartsWith("https", StringComparison.Ordinal);
                oidc.ClientId = bff["ClientId"] ?? "bff";
                oidc.ClientSecret = bff["ClientSecret"] ?? throw new InvalidOperationException("Bff:ClientSecret (the BFF's client secret at Identity) is not configured.");
                oidc.ResponseType = "code";
                oidc.ResponseMode = "query";
                oidc.UsePkce = true;
                oidc.Scope.Clear();
                foreach (var scope in new[] { "openid", "profile", "email", "offline_access", "portal_api" })
                {
                    oidc.Scope.Add(scope);
                }

                oidc.SaveTokens = true;
                oidc.MapInboundClaims = false;
                oidc.GetClaimsFromUserInfoEndpoint = false;
                oidc.TokenValidationParameters.NameClaimType = "name";
                oidc.CorrelationCookie.SameSite = SameSiteMode.Lax;
                oidc.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                oidc.NonceCookie.SameSite = SameSiteMode.Lax;
                oidc.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                oidc.Events.OnRedirectToIdentityProvider = context =>
                {
                    if (context.Properties.Items.TryGetValue("prompt", out var prompt))
                    {
                        context.ProtocolMessage.Prompt = prompt;
                    }

                    return Task.CompletedTask;
                };
                oidc.Events.OnRedirectToIdentityProviderForSignOut = context =>
                {
                    context.ProtocolMessage.IdTokenHint = context.Properties.Items.TryGetValue(IdTokenHintItem, out var hint) ? hint : null;
                    return Task.CompletedTask;
                };
            })
            .AddPortalJwtBearer(builder, BearerScheme);
        builder.Services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<RedisSessionStore>((cookie, store) => cookie.SessionStore = store);
        builder.Services.AddAuthorization();
        return builder;
    }

    private static Task Status(HttpResponse response, int status)
    {
        response.StatusCode = status;
        response.Headers.Location = default;
        return Task.CompletedTask;
    }
}
