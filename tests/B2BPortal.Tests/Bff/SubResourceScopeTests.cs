using System.Net;
using System.Net.Http.Json;
using B2BPortal.Contracts.Orders;
using B2BPortal.Tests.Infrastructure;

namespace B2BPortal.Tests.Bff;

/// <summary>Knowing the id of another company's order or membership does not reach it: 404 under any account the caller may use.</summary>
[Collection(PortalCollection.Name)]
public sealed class SubResourceScopeTests(PortalFixture portal)
{
    private static readonly Guid BorealisBuyerMembership = Guid.Parse("d0000000-0000-4000-8000-000000000004");

    [Fact]
    public async Task Another_companys_order_answers_404_by_its_id_and_its_owner_reads_it()
    {
        using var borealis = await portal.SignInAsync(Demo.BorealisBuyer);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/accounts/{Demo.BorealisMining}/orders")
        {
            Content = JsonContent.Create(TestOrders.Small(Demo.BorealisMining, "PO-SCOPE")),
            Headers = { { "Idempotency-Key", Guid.NewGuid().ToString() } },
        };
        using var placed = await borealis.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        var order = (await placed.Content.ReadFromJsonAsync<OrderDto>())!;

        using var acme = await portal.SignInAsync(Demo.AcmeApprover);
        using var viaOwnAccount = await acme.Http.GetAsync($"/api/v1/accounts/{Demo.AcmeIndustrial}/orders/{order.Id}");
        using var viaTheirAccount = await acme.Http.GetAsync($"/api/v1/accounts/{Demo.BorealisMining}/orders/{order.Id}");
        using var byOwner = await borealis.Http.GetAsync($"/api/v1/accounts/{Demo.BorealisMining}/orders/{order.Id}");

        Assert.Equal(HttpStatusCode.NotFound, viaOwnAccount.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, viaTheirAccount.StatusCode);
        Assert.DoesNotContain("PO-SCOPE", await viaOwnAccount.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, byOwner.StatusCode);
        foreach (var (method, path, body) in new (string, string, object?)[]
                 {
                     ("POST", "cancellation", new { reason = "not yours" }), ("GET", "approval", null), ("POST", "approve", new { expectedTotal = order.NetAmount }),
                     ("POST", "reject", new { reason = "not yours" }),
                 })
        {
            using var call = new HttpRequestMessage(new HttpMethod(method), $"/api/v1/accounts/{Demo.AcmeIndustrial}/orders/{order.Id}/{path}")
            {
                Content = body is null ? null : JsonContent.Create(body),
            };
            using var refused = await acme.Http.SendAsync(call);
            Assert.Equal((method, path, HttpStatusCode.NotFound), (method, path, refused.StatusCode));
        }

        Assert.Equal(ProcessStates.Submitted, (await borealis.Http.GetFromJsonAsync<OrderDto>($"/api/v1/accounts/{Demo.BorealisMining}/orders/{order.Id}"))!.Status);
    }

    [Fact]
    public async Task An_admin_cannot_change_another_companys_member_by_its_id()
    {
        using var admin = await portal.SignInAsync(Demo.AcmeAdmin);
        var disable = new { status = "Disabled" };

        using var viaOwnAccount = await admin.Http.PatchAsJsonAsync($"/api/v1/accounts/{Demo.AcmeIndustrial}/members/{BorealisBuyerMembership}", disable);
        using var viaTheirAccount = await admin.Http.PatchAsJsonAsync($"/api/v1/accounts/{Demo.BorealisMining}/members/{BorealisBuyerMembership}", disable);

        Assert.Equal(HttpStatusCode.NotFound, viaOwnAccount.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, viaTheirAccount.StatusCode);
        using var manager = await portal.SignInAsync(Demo.AccountManager);
        var borealisMembers = await manager.Http.GetFromJsonAsync<List<Contracts.Accounts.MemberDto>>($"/api/v1/accounts/{Demo.BorealisMining}/members");
        Assert.Equal("Active", borealisMembers!.Single(m => m.MembershipId == BorealisBuyerMembership).Status);
    }

    [Fact]
    public async Task Another_companys_quote_answers_404_by_its_id_to_every_step()
    {
        using var borealis = await portal.SignInAsync(Demo.BorealisBuyer);
        var quote = await QuoteCalls.RequestedAsync(borealis.Http, Demo.BorealisMining,
            new Contracts.Quotes.CreateQuoteRequest([new Contracts.Quotes.QuoteRequestLineRequest("SEA-4001", 3)], Comment: "Scope probe"));

        using var acme = await portal.SignInAsync(Demo.AcmeAdmin);
        foreach (var (method, step) in new[]
                 {
                     ("GET", ""), ("POST", "/submission"), ("POST", "/acceptance"), ("POST", "/decline"), ("POST", "/renegotiation"), ("POST", "/withdrawal"),
                 })
        {
            using var call = new HttpRequestMessage(new HttpMethod(method), $"/api/v1/accounts/{Demo.AcmeIndustrial}/quotes/{quote.Id}{step}")
            {
                Content = method == "GET" ? null : JsonContent.Create(new { revision = 1, comment = "not yours" }),
            };
            using var refused = await acme.Http.SendAsync(call);
            Assert.Equal((method, step, HttpStatusCode.NotFound), (method, step, refused.StatusCode));
            Assert.DoesNotContain("Scope probe", await refused.Content.ReadAsStringAsync());
        }

        using var manager = await portal.SignInAsync(Demo.AccountManager);
        using var viaAcme = await manager.Http.PostAsJsonAsync($"/api/v1/accounts/{Demo.AcmeIndustrial}/quotes/{quote.Id}/review", new { });
        Assert.Equal(HttpStatusCode.NotFound, viaAcme.StatusCode);
        Assert.Equal(Contracts.Quotes.QuoteStates.Submitted, (await QuoteCalls.GetAsync(borealis.Http, Demo.BorealisMining, quote.Id)).Status);
    }
}
