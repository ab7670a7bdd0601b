using System.Net;
using System.Net.Http.Json;
using B2BPortal.Contracts.Orders;

namespace B2BPortal.Tests.Infrastructure;

/// <summary>The 422 an order gets when the checks stop it: a problem with every finding.</summary>
public sealed record FindingsProblem(string Title, int Status, string Detail, List<OrderFindingDto> Findings);

/// <summary>Placing and previewing orders through the BFF, as a partner system or a signed-in buyer does.</summary>
public static class OrderCalls
{
    public static async Task<HttpResponseMessage> PlaceAsync(HttpClient http, Guid account, object order, string? key = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/accounts/{account}/orders") { Content = JsonContent.Create(order) };
        request.Headers.Add("Idempotency-Key", key ?? Guid.NewGuid().ToString());
        return await http.SendAsync(request);
    }

    public static async Task<OrderDto> PlacedAsync(HttpClient http, Guid account, object order)
    {
        using var response = await PlaceAsync(http, account, order);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<OrderDto>())!;
    }

    /// <summary>The findings of an order the checks refuse (fails the test if it was placed).</summary>
    public static async Task<FindingsProblem> RefusedAsync(HttpClient http, Guid account, object order)
    {
        using var response = await PlaceAsync(http, account, order);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadFromJsonAsync<FindingsProblem>())!;
    }

    public static async Task<OrderPreviewDto> PreviewAsync(HttpClient http, Guid account, object order, bool draft = false)
    {
        using var response = await http.PostAsJsonAsync($"/api/v1/accounts/{account}/orders/preview?draft={(draft ? "true" : "false")}", order);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<OrderPreviewDto>())!;
    }

    public static OrderFindingDto Single(this IEnumerable<OrderFindingDto> findings, string code) =>
        findings.Where(f => f.Code == code).ToList() is [var one] ? one
            : throw new Xunit.Sdk.XunitException($"Expected one finding {code}, got: {string.Join(" | ", findings.Select(f => $"{f.Code}: {f.Message}"))}");
}
