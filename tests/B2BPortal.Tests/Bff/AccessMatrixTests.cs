using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using B2BPortal.Tests.Infrastructure;
using Xunit.Abstractions;

namespace B2BPortal.Tests.Bff;

/// <summary>
/// Every caller role × the account's relation to the caller's home account (own, child, parent, other company) × every
/// account-scoped route, through the BFF. Expected answers come from two rules stated here, not from the code under test:
/// outside the caller's scope → 404; inside, the role's permission decides (→ 2xx, else 403). No body may name an account
/// of a company the caller has no part in.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class AccessMatrixTests(PortalFixture portal, ITestOutputHelper output)
{
    private static readonly Dictionary<Guid, (string Name, Guid Company)> Accounts = new()
    {
        [Demo.AcmeIndustrial] = ("Acme Industrial", Demo.AcmeIndustrial),
        [Demo.AcmePlantNorth] = ("Acme Plant North", Demo.AcmeIndustrial),
        [Demo.AcmePlantSouth] = ("Acme Plant South", Demo.AcmeIndustrial),
        [Demo.AcmeNorthAssembly] = ("Acme North Assembly Line", Demo.AcmeIndustrial),
        [Demo.BorealisMining] = ("Borealis Mining", Demo.BorealisMining),
        [Demo.BorealisKirunaSite] = ("Borealis Kiruna Site", Demo.BorealisMining),
    };

    private static readonly Caller[] Callers =
    [
        new("Buyer", Demo.AcmeBuyer, Home: Demo.AcmePlantNorth, Child: Demo.AcmeNorthAssembly, Parent: Demo.AcmeIndustrial, Other: Demo.BorealisMining, [Demo.AcmeIndustrial]),
        new("Approver", Demo.AcmeApprover, Demo.AcmeIndustrial, Demo.AcmePlantNorth, null, Demo.BorealisMining, [Demo.AcmeIndustrial]),
        new("AccountAdmin", Demo.AcmeAdmin, Demo.AcmeIndustrial, Demo.AcmePlantSouth, null, Demo.BorealisMining, [Demo.AcmeIndustrial]),
        new("Buyer (Borealis)", Demo.BorealisBuyer, Demo.BorealisMining, Demo.BorealisKirunaSite, null, Demo.AcmeIndustrial, [Demo.BorealisMining]),
        new("AccountManager", Demo.AccountManager, Demo.AcmeIndustrial, Demo.AcmeNorthAssembly, null, null, [Demo.AcmeIndustrial, Demo.BorealisMining]),
        new("Partner", null, Demo.AcmeIndustrial, Demo.AcmePlantNorth, null, Demo.BorealisMining, [Demo.AcmeIndustrial]),
    ];

    /// <summary>What each role may do, as the issue states it: buyers buy, admins manage people, internal staff manage terms.</summary>
    private static readonly Dictionary<string, string[]> Permissions = new()
    {
        ["Buyer"] = ["view", "purchase"],
        ["Buyer (Borealis)"] = ["view", "purchase"],
        ["Approver"] = ["view", "purchase", "approve"],
        ["AccountAdmin"] = ["view", "purchase", "manage-members", "audit", "ordering-settings", "webhooks"],
        ["AccountManager"] = ["view", "purchase", "manage-members", "audit", "credit-terms", "assortment", "ordering-settings", "webhooks", "quotes"],
        ["Partner"] = ["view", "purchase", "webhooks"],
    };

    private static readonly Route[] Routes =
    [
        new("GET", "", "view"),
        new("GET", "/units", "view"),
        new("GET", "/members", "view"),
        new("GET", "/credit-terms", "view"),
        new("GET", "/audit", "audit"),
        new("GET", "/audit/export", "audit"),
        new("GET", "/audit/verification", "audit"),
        new("PUT", "/credit-terms", "credit-terms", CompanyOnly: true),
        new("PUT", "/security-policy", "manage-members", CompanyOnly: true),
        new("POST", "/members", "manage-members"),
        new("GET", "/ordering-profile", "view"),
        new("PUT", "/ordering-settings", "ordering-settings", CompanyOnly: true),
        new("GET", "/approval-policy", "view"),
        // Removed, then set again as Acme's demo rules: the account ends with the rules it had (units with rules of their own).
        new("DELETE", "/approval-policy", "ordering-settings"),
        new("PUT", "/approval-policy", "ordering-settings"),
        new("GET", "/approvals", "approve"),
        new("GET", "/credit", "view"),
        new("GET", "/orders", "view"),
        new("POST", "/orders", "purchase"),
        new("POST", "/orders/preview", "view", Success: 200),
        new("GET", "/quotes", "view"),
        new("GET", "/quotes/queue", "quotes"),
        // Without an Idempotency-Key: whoever may ask for quotes or order one gets the 400 that says so, so the matrix creates nothing.
        new("POST", "/quotes", "purchase", Success: 400),
        new("POST", "/orders/from-quote", "purchase", Success: 400),
        new("GET", "/cart", "view"),
        new("PUT", "/cart/lines/BRG-3001", "purchase", Template: "/cart/lines/{sku}"),
        new("DELETE", "/cart/lines/BRG-3001", "purchase", Template: "/cart/lines/{sku}"),
        new("POST", "/cart/imports/quick-order", "purchase"),
        new("POST", "/cart/imports/csv", "purchase"),
        new("DELETE", "/cart", "purchase"),
        new("POST", "/orders/checkout", "purchase", Success: 422),
        new("GET", "/assortment", "view"),
        new("PUT", "/assortment/rules", "assortment"),
        new("GET", "/prices", "view", Query: "?sku=BRG-3001&quantity=1"),
        new("POST", "/prices", "view", Success: 200),
        new("GET", "/catalog", "view", Query: "?q=bearing"),
        new("GET", "/categories", "view"),
        new("GET", "/products/BRG-3001", "view", Template: "/products/{sku}"),
        new("GET", "/equipment/CP-50/parts", "view", Template: "/equipment/{model}/parts"),
        new("GET", "/webhooks", "webhooks"),
        // A private address: whoever may manage webhooks gets the 400 that refuses it, so the matrix registers nothing.
        new("POST", "/webhooks", "webhooks", Success: 400),
    ];

    [Fact]
    public async Task Every_role_relation_and_route_answers_as_the_role_rules_say_and_never_leaks_another_company()
    {
        var failures = new List<string>();
        var cells = 0;
        foreach (var caller in Callers)
        {
            using var http = caller.Email is null ? await portal.PartnerAsync() : (await portal.SignInAsync(caller.Email)).Http;
            foreach (var (relation, accountId) in caller.Relations())
            {
                foreach (var route in Routes)
                {
                    cells++;
                    var expected = Expected(caller, relation, accountId, route);
                    using var response = await http.SendAsync(route.Request(accountId));
                    var body = await response.Content.ReadAsStringAsync();
                    if ((int)response.StatusCode != expected)
                    {
                        failures.Add($"{caller.Role} {relation} {route}: expected {expected}, got {(int)response.StatusCode} {body}");
                    }

                    foreach (var leak in Foreign(caller, accountId, (int)response.StatusCode).Where(s => body.Contains(s, StringComparison.OrdinalIgnoreCase)))
                    {
                        failures.Add($"{caller.Role} {relation} {route}: body names '{leak}'");
                    }
                }
            }
        }

        output.WriteLine($"Access matrix: {cells} cells ({Callers.Length} callers × up to 4 relations × {Routes.Length} routes).");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>
    /// Routes that address one resource by its id inside the account; whether another account's resource can be reached
    /// by its id is tested in <see cref="SubResourceScopeTests"/>.
    /// </summary>
    public static readonly string[] SubResourceRoutes =
    [
        "PATCH /members/{membershipId}", "GET /orders/{orderId}", "POST /cart/imports/reorder", "GET /cart/imports/{importId}",
        "POST /cart/imports/{importId}/confirm", "POST /orders/{orderId}/cancellation", "GET /orders/{orderId}/approval",
        "POST /orders/{orderId}/approve", "POST /orders/{orderId}/reject", "GET /webhooks/{endpointId}", "PATCH /webhooks/{endpointId}",
        "DELETE /webhooks/{endpointId}", "POST /webhooks/{endpointId}/secret", "POST /webhooks/{endpointId}/test", "GET /webhooks/{endpointId}/deliveries",
        "POST /webhooks/{endpointId}/deliveries/{deliveryId}/redelivery", "GET /quotes/{quoteId}", "POST /quotes/{quoteId}/submission",
        "POST /quotes/{quoteId}/acceptance", "POST /quotes/{quoteId}/decline", "POST /quotes/{quoteId}/renegotiation", "POST /quotes/{quoteId}/withdrawal",
        "POST /quotes/{quoteId}/review", "GET /quotes/{quoteId}/staging", "PUT /quotes/{quoteId}/staging", "POST /quotes/{quoteId}/notes",
        "POST /quotes/{quoteId}/sending", "POST /quotes/{quoteId}/closing",
    ];

    [Fact]
    public async Task The_matrix_covers_every_account_scoped_route_of_the_public_API()
    {
        var document = JsonDocument.Parse(await portal.PublicApiDocumentAsync()).RootElement;
        const string prefix = "/api/v1/accounts/{accountId}";
        var published = document.GetProperty("paths").EnumerateObject()
            .Where(path => path.Name.StartsWith(prefix, StringComparison.Ordinal))
            .SelectMany(path => path.Value.EnumerateObject()
                .Where(operation => operation.Name is "get" or "post" or "put" or "patch" or "delete")
                .Select(operation => $"{operation.Name.ToUpperInvariant()} {path.Name[prefix.Length..].TrimEnd('/')}"))
            .ToList();
        var covered = Routes.Select(route => $"{route.Method} {route.Template ?? route.Path}").Concat(SubResourceRoutes).ToHashSet();

        Assert.NotEmpty(published);
        Assert.All(published, operation => Assert.Contains(operation, covered));
    }

    private static int Expected(Caller caller, string relation, Guid accountId, Route route)
    {
        if (relation is "parent" or "other")
        {
            return 404;
        }

        if (!Permissions[caller.Role].Contains(route.Permission))
        {
            return 403;
        }

        if (route.CompanyOnly && Accounts[accountId].Company != accountId)
        {
            return 409;
        }

        return route.Success != 0 ? route.Success : route.Method == "POST" ? 201 : 200;
    }

    /// <summary>Names and ids the body must not contain: every account of a company the caller is not part of, and a refused account.</summary>
    private static IEnumerable<string> Foreign(Caller caller, Guid accountId, int status)
    {
        var foreign = Accounts.Where(a => !caller.Companies.Contains(a.Value.Company))
            .SelectMany(a => a.Key == accountId ? [a.Value.Name] : new[] { a.Key.ToString(), a.Value.Name });
        return status == 404 ? foreign.Append(Accounts[accountId].Name) : foreign;
    }

    private sealed record Caller(string Role, string? Email, Guid Home, Guid? Child, Guid? Parent, Guid? Other, Guid[] Companies)
    {
        public IEnumerable<(string Relation, Guid AccountId)> Relations()
        {
            yield return ("own", Home);
            if (Child is { } child) yield return ("child", child);
            if (Parent is { } parent) yield return ("parent", parent);
            if (Other is { } other) yield return ("other", other);
        }
    }

    /// <summary>Acme Industrial's demo assortment, set again as it is when the matrix may change it (units have no rules of their own).</summary>
    private static readonly object[] AcmeAssortment =
    [
        .. new[] { "pumps", "valves", "bearings", "seals", "motors", "parts" }.Select(path => new { kind = "Category", value = path }),
        new { kind = "Sku", value = "CUS-7001" },
    ];

    /// <summary>Acme's demo approval rules, set again when the matrix may have removed them.</summary>
    private static readonly object AcmeApprovals = new
    {
        steps = new object[] { new { above = 25_000m, role = "Approver", level = "unit" }, new { above = 100_000m, role = "Approver", level = "company" } },
        expireAfterHours = 168,
    };

    /// <summary>The demo companies' ordering settings, set again as seeded when the matrix may change them.</summary>
    private static readonly object AcmeOrdering = new
    {
        purchaseOrderRequired = true, purchaseOrderPattern = "^PO-[A-Z0-9-]{2,32}$",
        purchaseOrderHint = "PO- followed by capital letters, digits or dashes, like PO-4711", uniquePurchaseOrders = true, allowBackorders = false,
    };

    private static readonly object BorealisOrdering = new
    {
        purchaseOrderRequired = false, purchaseOrderPattern = (string?)null, purchaseOrderHint = (string?)null, uniquePurchaseOrders = false,
        allowBackorders = true,
    };

    /// <summary>A route of the matrix; <paramref name="Template"/> is its path as the API document names it when the path holds values.</summary>
    private sealed record Route(
        string Method, string Path, string Permission, bool CompanyOnly = false, string Query = "", string? Template = null, int Success = 0)
    {
        public HttpRequestMessage Request(Guid accountId)
        {
            var request = new HttpRequestMessage(new HttpMethod(Method), $"/api/v1/accounts/{accountId}{Path}{Query}");
            request.Content = (Method, Path) switch
            {
                ("PUT", "/credit-terms") => JsonContent.Create(new { creditLimit = 250_000m, currency = "EUR", paymentTerms = "Net 30" }),
                ("PUT", "/security-policy") => JsonContent.Create(new { requireTwoFactor = false }),
                ("POST", "/members") => JsonContent.Create(new { email = $"new-{Guid.NewGuid():N}@example.com", displayName = "Matrix Invitee", role = "Buyer" }),
                ("POST", "/orders") => JsonContent.Create(TestOrders.Small(accountId, TestOrders.NewReference("MATRIX"))),
                ("POST", "/orders/preview") => JsonContent.Create(TestOrders.Small(accountId, TestOrders.NewReference("MATRIX"))),
                ("POST", "/orders/checkout") => JsonContent.Create(new { purchaseOrderNumber = TestOrders.NewReference("MATRIX"), shipToAddressId = Demo.ShipToOf(accountId) }),
                ("PUT", "/ordering-settings") => JsonContent.Create(accountId == Demo.BorealisMining ? BorealisOrdering : AcmeOrdering),
                ("PUT", "/approval-policy") => JsonContent.Create(AcmeApprovals),
                ("POST", "/cart/imports/quick-order") => JsonContent.Create(new { text = "SEA-4001 1" }),
                ("POST", "/cart/imports/csv") => new StringContent("sku,quantity\nSEA-4001,1\n", System.Text.Encoding.UTF8, "text/csv"),
                ("PUT", "/assortment/rules") => JsonContent.Create(new { rules = accountId == Demo.AcmeIndustrial ? AcmeAssortment : [] }),
                ("PUT", "/cart/lines/BRG-3001") => JsonContent.Create(new { quantity = 2 }),
                ("POST", "/prices") => JsonContent.Create(new { lines = new[] { new { sku = "BRG-3001", quantity = 10 } } }),
                ("POST", "/webhooks") => JsonContent.Create(new { url = "http://10.0.0.1/hooks", eventTypes = new[] { "order.placed" } }),
                ("POST", "/quotes") => JsonContent.Create(new { lines = new[] { new { sku = "SEA-4001", quantity = 1 } } }),
                ("POST", "/orders/from-quote") => JsonContent.Create(new { quoteId = Guid.NewGuid(), revision = 1 }),
                _ => null,
            };
            if (Method == "POST" && Path is "/orders" or "/orders/checkout")
            {
                request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
            }

            return request;
        }

        public override string ToString() => $"{Method} {{account}}{Path}";
    }
}
