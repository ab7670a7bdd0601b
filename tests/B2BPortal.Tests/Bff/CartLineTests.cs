using System.Net;
using System.Net.Http.Json;
using B2BPortal.Contracts.Carts;
using B2BPortal.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace B2BPortal.Tests.Bff;

/// <summary>Putting products in the cart through the BFF: only what the account's assortment holds, with quantities that make sense.</summary>
[Collection(PortalCollection.Name)]
public sealed class CartLineTests(PortalFixture portal)
{
    private static readonly string Cart = $"/api/v1/accounts/{Demo.BorealisKirunaSite}/cart";

    [Fact]
    public async Task A_product_of_the_catalog_goes_in_the_cart_its_quantity_changes_and_it_comes_out()
    {
        using var buyer = await portal.SignInAsync(Demo.BorealisBuyer);

        var added = await SendAsync<CartDto>(buyer, HttpMethod.Put, $"{Cart}/lines/SEA-4001", new SetCartLineRequest(5));
        var changed = await SendAsync<CartDto>(buyer, HttpMethod.Put, $"{Cart}/lines/SEA-4001", new SetCartLineRequest(12.5m));
        var read = (await buyer.Http.GetFromJsonAsync<CartViewDto>(Cart))!.Cart;
        var removed = await SendAsync<CartDto>(buyer, HttpMethod.Delete, $"{Cart}/lines/SEA-4001");
        var removedAgain = await SendAsync<CartDto>(buyer, HttpMethod.Delete, $"{Cart}/lines/SEA-4001");

        Assert.Equal(5m, Quantity(added, "SEA-4001"));
        Assert.Equal(12.5m, Quantity(changed, "SEA-4001"));
        Assert.Equal(12.5m, Quantity(read, "SEA-4001"));
        Assert.Null(Quantity(removed, "SEA-4001"));
        Assert.Equal(removed.Lines, removedAgain.Lines);
    }

    [Fact]
    public async Task A_product_outside_the_assortment_answers_like_an_unknown_one_and_stays_out_of_the_cart()
    {
        using var borealis = await portal.SignInAsync(Demo.BorealisBuyer);

        using var skid = await borealis.Http.PutAsJsonAsync($"{Cart}/lines/CUS-7001", new SetCartLineRequest(1));
        using var unknown = await borealis.Http.PutAsJsonAsync($"{Cart}/lines/NO-SUCH-1", new SetCartLineRequest(1));
        var cart = (await borealis.Http.GetFromJsonAsync<CartViewDto>(Cart))!.Cart;

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (skid.StatusCode, unknown.StatusCode));
        Assert.Equal(await ProblemAsync(unknown, "NO-SUCH-1"), await ProblemAsync(skid, "CUS-7001"));
        Assert.DoesNotContain(cart.Lines, line => line.Sku is "CUS-7001" or "NO-SUCH-1");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("1.2345")]
    [InlineData("1000001")]
    public async Task A_quantity_that_cannot_be_ordered_is_refused_with_a_problem_naming_it(string quantity)
    {
        using var buyer = await portal.SignInAsync(Demo.BorealisBuyer);

        using var response = await buyer.Http.PutAsJsonAsync($"{Cart}/lines/BRG-3001", new SetCartLineRequest(decimal.Parse(quantity, System.Globalization.CultureInfo.InvariantCulture)));
        var problem = (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>())!;
        var cart = (await buyer.Http.GetFromJsonAsync<CartViewDto>(Cart))!.Cart;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("quantity", problem.Errors.Keys);
        Assert.DoesNotContain(cart.Lines, line => line.Quantity == decimal.Parse(quantity, System.Globalization.CultureInfo.InvariantCulture));
    }

    private static decimal? Quantity(CartDto cart, string sku) => cart.Lines.SingleOrDefault(line => line.Sku == sku)?.Quantity;

    private static async Task<T> SendAsync<T>(BffSession session, HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await session.Http.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }

    private static async Task<string> ProblemAsync(HttpResponseMessage response, string sku)
    {
        var problem = (await response.Content.ReadFromJsonAsync<ProblemDetails>())!;
        return $"{problem.Status} {problem.Title} {problem.Detail?.Replace(sku, "{sku}", StringComparison.Ordinal)}";
    }
}
