using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using B2BPortal.Tests.Infrastructure;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace B2BPortal.Tests.Bff;

/// <summary>The BFF's OpenAPI document covers every public route (its own and the proxied services') and the reference page renders it.</summary>
[Collection(PortalCollection.Name)]
public sealed partial class PublicApiDocumentTests(PortalFixture portal)
{
    /// <summary>Every route a buyer's SPA or a partner system may call, as (method, path) in OpenAPI's notation.</summary>
    private static readonly (string Method, string Path)[] PublicRoutes =
    [
        ("GET", "/bff/login"), ("GET", "/bff/logout"), ("GET", "/bff/user"), ("POST", "/bff/backchannel"), ("GET", "/bff/two-factor"),
        ("GET", "/api/v1/me/accounts"),
        ("GET", "/api/v1/accounts/{accountId}"),
        ("GET", "/api/v1/accounts/{accountId}/units"),
        ("GET", "/api/v1/accounts/{accountId}/members"),
        ("POST", "/api/v1/accounts/{accountId}/members"),
        ("PATCH", "/api/v1/accounts/{accountId}/members/{membershipId}"),
        ("GET", "/api/v1/accounts/{accountId}/credit-terms"),
        ("PUT", "/api/v1/accounts/{accountId}/credit-terms"),
        ("PUT", "/api/v1/accounts/{accountId}/security-policy"),
        ("GET", "/api/v1/accounts/{accountId}/audit"),
        ("GET", "/api/v1/accounts/{accountId}/audit/export"),
        ("GET", "/api/v1/accounts/{accountId}/audit/verification"),
        ("GET", "/api/v1/accounts/{accountId}/webhooks"),
        ("POST", "/api/v1/accounts/{accountId}/webhooks"),
        ("GET", "/api/v1/accounts/{accountId}/webhooks/{endpointId}"),
        ("PATCH", "/api/v1/accounts/{accountId}/webhooks/{endpointId}"),
        ("DELETE", "/api/v1/accounts/{accountId}/webhooks/{endpointId}"),
        ("POST", "/api/v1/accounts/{accountId}/webhooks/{endpointId}/secret"),
        ("POST", "/api/v1/accounts/{accountId}/webhooks/{endpointId}/test"),
        ("GET", "/api/v1/accounts/{accountId}/webhooks/{endpointId}/deliveries"),
        ("POST", "/api/v1/accounts/{accountId}/webhooks/{endpointId}/deliveries/{deliveryId}/redelivery"),
        ("GET", "/api/v1/accounts/{accountId}/ordering-profile"),
        ("PUT", "/api/v1/accounts/{accountId}/ordering-settings"),
        ("GET", "/api/v1/accounts/{accountId}/credit"),
        ("GET", "/api/v1/accounts/{accountId}/orders"),
        ("POST", "/api/v1/accounts/{accountId}/orders"),
        ("POST", "/api/v1/accounts/{accountId}/orders/checkout"),
        ("POST", "/api/v1/accounts/{accountId}/orders/preview"),
        ("GET", "/api/v1/accounts/{accountId}/orders/{orderId}"),
        ("POST", "/api/v1/accounts/{accountId}/orders/{orderId}/cancellation"),
        ("GET", "/api/v1/accounts/{accountId}/orders/{orderId}/approval"),
        ("POST", "/api/v1/accounts/{accountId}/orders/{orderId}/approve"),
        ("POST", "/api/v1/accounts/{accountId}/orders/{orderId}/reject"),
        ("GET", "/api/v1/accounts/{accountId}/approvals"),
        ("GET", "/api/v1/accounts/{accountId}/approval-policy"),
        ("PUT", "/api/v1/accounts/{accountId}/approval-policy"),
        ("DELETE", "/api/v1/accounts/{accountId}/approval-policy"),
        ("GET", "/api/v1/accounts/{accountId}/quotes"),
        ("POST", "/api/v1/accounts/{accountId}/quotes"),
        ("GET", "/api/v1/accounts/{accountId}/quotes/queue"),
        ("GET", "/api/v1/accounts/{accountId}/quotes/{quoteId}"),
        ("POST", "/api/v1/accounts/{accountId}/quotes/{quoteId}/submission"),
        ("POST", "/api/v1/accounts/{accountId}/quotes/{quoteId}/acceptance"),
        ("POST", "/api/v1/accounts/{accountId}/quotes/{quoteId}/decline"),
        ("POST", "/api/v1/accounts/{accountId}/quotes/{quoteId}/renegotiation"),
        ("POST", "/api/v1/accounts/{accountId}/quotes/{quoteId}/withdrawal"),
        ("POST", "/api/v1/accounts/{accountId}/quotes/{quoteId}/review"),
        ("GET", "/api/v1/accounts/{accountId}/quotes/{quoteId}/staging"),
        ("PUT", "/api/v1/accounts/{accountId}/quotes/{quoteId}/staging"),
        ("POST", "/api/v1/accounts/{accountId}/quotes/{quoteId}/notes"),
        ("POST", "/api/v1/accounts/{accountId}/quotes/{quoteId}/sending"),
        ("POST", "/api/v1/accounts/{accountId}/quotes/{quoteId}/closing"),
        ("POST", "/api/v1/accounts/{accountId}/orders/from-quote"),
        ("GET", "/api/v1/accounts/{accountId}/cart"),
        ("PUT", "/api/v1/accounts/{accountId}/cart/lines/{sku}"),
        ("DELETE", "/api/v1/accounts/{accountId}/cart/lines/{sku}"),
        ("DELETE", "/api/v1/accounts/{accountId}/cart"),
        ("POST", "/api/v1/accounts/{accountId}/cart/imports/csv"),
        ("POST", "/api/v1/accounts/{accountId}/cart/imports/quick-order"),
        ("POST", "/api/v1/accounts/{accountId}/cart/imports/reorder"),
        ("GET", "/api/v1/accounts/{accountId}/cart/imports/{importId}"),
        ("POST", "/api/v1/accounts/{accountId}/cart/imports/{importId}/confirm"),
        ("GET", "/api/v1/accounts/{accountId}/assortment"),
        ("PUT", "/api/v1/accounts/{accountId}/assortment/rules"),
        ("GET", "/api/v1/accounts/{accountId}/prices"),
        ("POST", "/api/v1/accounts/{accountId}/prices"),
        ("GET", "/api/v1/accounts/{accountId}/catalog"),
        ("GET", "/api/v1/accounts/{accountId}/categories"),
        ("GET", "/api/v1/accounts/{accountId}/products/{sku}"),
        ("GET", "/api/v1/accounts/{accountId}/equipment/{model}/parts"),
    ];

    [Fact]
    public async Task The_document_is_valid_OpenAPI_and_lists_every_public_route_and_nothing_else()
    {
        var json = await portal.PublicApiDocumentAsync();

        var read = OpenApiDocument.Parse(json, "json", new OpenApiReaderSettings());
        Assert.Empty(read.Diagnostic?.Errors ?? []);
        var operations = read.Document!.Paths
            .SelectMany(path => path.Value.Operations!.Keys.Select(method => $"{method.Method.ToUpperInvariant()} {Normalize(path.Key)}"));
        Assert.Equal(PublicRoutes.Select(r => $"{r.Method} {r.Path}").Order(), operations.Order());
    }

    [Fact]
    public async Task The_document_tells_a_partner_where_to_get_a_token_and_names_the_problem_responses()
    {
        var document = JsonDocument.Parse(await portal.PublicApiDocumentAsync()).RootElement;

        var partner = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("partner");
        Assert.Equal("oauth2", partner.GetProperty("type").GetString());
        var tokenUrl = new Uri(partner.GetProperty("flows").GetProperty("clientCredentials").GetProperty("tokenUrl").GetString()!);
        Assert.Equal(new Uri(portal.IdentityUrl, "connect/token"), tokenUrl);
        var session = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("session");
        Assert.Equal("cookie", session.GetProperty("in").GetString());

        var placeOrder = document.GetProperty("paths").EnumerateObject()
            .Single(path => Normalize(path.Name) == "/api/v1/accounts/{accountId}/orders").Value.GetProperty("post");
        foreach (var status in new[] { "400", "409", "422" })
        {
            Assert.True(placeOrder.GetProperty("responses").TryGetProperty(status, out _), placeOrder.ToString());
        }
    }

    [Fact]
    public async Task The_reference_page_renders_the_document_with_assets_served_by_the_portal_itself()
    {
        using var http = new HttpClient { BaseAddress = portal.BffUrl };
        var page = await http.GetStringAsync("/api-reference/v1");
        Assert.Contains("B2B Portal API", page);
        Assert.Contains("openapi/v1.json", page);

        var scripts = ScriptSource().Matches(page).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(scripts);
        Assert.All(scripts, source => Assert.False(Uri.TryCreate(source, UriKind.Absolute, out var absolute) && absolute.Host != portal.BffUrl.Host,
            $"{source} is loaded from another site"));
        using var script = await http.GetAsync(new Uri(new Uri(portal.BffUrl, "/api-reference/v1"), scripts[0]));
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }

    /// <summary>A group's root route may be documented with a trailing slash; both name the same route.</summary>
    private static string Normalize(string path) => path.Length > 1 ? path.TrimEnd('/') : path;

    [GeneratedRegex("<script[^>]*src=\"([^\"]+)\"")]
    private static partial Regex ScriptSource();
}
