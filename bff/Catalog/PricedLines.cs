using System.Net.Http.Json;
using System.Text.Json;
using B2BPortal.Contracts.Pricing;

namespace B2BPortal.Bff.Catalog;

/// <summary>
/// Priced lines: Pricing's answer passed on as it came when every SKU is in the account's assortment (the usual case, and
/// a 500-line answer is a quarter of a megabyte not worth parsing and writing again), or the answer with the lines of
/// unknown and hidden SKUs turned into 404 lines.
/// </summary>
public sealed class PricedLines : IDisposable
{
    private readonly HttpResponseMessage? asPricingAnswered;
    private readonly PriceBatchResultDto? rewritten;

    public PricedLines(HttpResponseMessage asPricingAnswered) => this.asPricingAnswered = asPricingAnswered;

    public PricedLines(PriceBatchResultDto rewritten) => this.rewritten = rewritten;

    public async Task<PriceBatchResultDto> ReadAsync(CancellationToken cancellationToken) =>
        rewritten ?? (await asPricingAnswered!.Content.ReadFromJsonAsync<PriceBatchResultDto>(JsonSerializerOptions.Web, cancellationToken))!;

    public async Task<IResult> ToResultAsync(HttpContext http)
    {
        if (asPricingAnswered is null)
        {
            return TypedResults.Ok(rewritten);
        }

        http.Response.RegisterForDispose(this);
        return TypedResults.Stream(await asPricingAnswered.Content.ReadAsStreamAsync(http.RequestAborted), "application/json; charset=utf-8");
    }

    public void Dispose() => asPricingAnswered?.Dispose();
}
