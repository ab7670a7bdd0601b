using System.Net;
using System.Net.Http.Json;
using System.Text;
using B2BPortal.BuildingBlocks.DemoData;
using B2BPortal.Contracts.Carts;
using B2BPortal.Contracts.Orders;
using B2BPortal.Tests.Infrastructure;

namespace B2BPortal.Tests.Ordering;

/// <summary>
/// CSV upload, quick order and reorder through the BFF: a report of every row in the buyer's words, nothing in the cart before
/// the buyer confirms, then all of it at once.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class CartImportTests(PortalFixture portal)
{
    private static readonly Guid North = Demo.AcmePlantNorth;
    private static readonly string Cart = $"/api/v1/accounts/{North}/cart";

    [Fact]
    public async Task A_CSV_of_good_and_bad_lines_gives_the_exact_report_and_nothing_reaches_the_cart_until_it_is_confirmed()
    {
        var products = DemoCatalog.Products(portal.CatalogSize).ToList();
        var servo = products.First(p => p.Category.Path == "motors/servo" && !p.Discontinued).Sku;
        var roller = products.First(p => p.Category.Path == "bearings/roller" && !p.Discontinued).Sku;
        using var buyer = await portal.SignInAsync(Demo.AcmeBuyer);
        await buyer.Http.DeleteAsync(Cart);
        var csv = "\uFEFFsku;quantity;note;warehouse\r\n" +
                  "SEA-4001;2;for pump 3;HAM\r\n" +
                  "NOPE-999;1\r\n" +
                  $"{servo};1\r\n" +
                  "PMP-100060;1\r\n" +
                  $"{roller};3\r\n" +
                  "BRG-3001;25\r\n" +
                  "sea-4001;3\r\n" +
                  "VLV-2001;abc\r\n" +
                  "\r\n" +
                  "VLV-2001;2,5\r\n";

        var report = await ImportCsvAsync(buyer, csv);

        Assert.Equal(
        [
            (2, ImportOutcomes.Accepted, null, null),
            (3, ImportOutcomes.UnknownSku, null, null),
            (4, ImportOutcomes.NotInAssortment, null, null),
            (5, ImportOutcomes.Discontinued, null, "PMP-100080"),
            (6, ImportOutcomes.BelowMinimumQuantity, 5m, null),
            (7, ImportOutcomes.PackSizeMultiple, 30m, null),
            (8, ImportOutcomes.DuplicateMerged, null, null),
            (9, ImportOutcomes.Unparseable, null, null),
            (11, ImportOutcomes.PackSizeMultiple, 3m, null),
        ], report.Rows.Select(r => (r.Row, r.Outcome, r.SuggestedQuantity, r.SuggestedSku)));
        Assert.Equal(5m, report.Rows[0].Quantity);
        Assert.Equal(("for pump 3", "HAM"), (report.Rows[0].Note, report.Rows[0].Warehouse));
        Assert.Contains("Row 3 (NOPE-999): there is no product NOPE-999 in your catalog", report.Rows[1].Message);
        Assert.Contains("is not in Acme Plant North's assortment", report.Rows[2].Message);
        Assert.Contains("Its replacement is PMP-100080", report.Rows[3].Message);
        Assert.Contains("Row 8 repeats SEA-4001 of row 2: its 3 were added there (5 in all).", report.Rows[6].Message);
        Assert.Contains("\"abc\" is not a quantity", report.Rows[7].Message);
        Assert.Equal(2.5m, report.Rows[8].Quantity);
        Assert.Equal(new ImportSummaryDto(Rows: 9, Accepted: 1, Fixable: 4, Rejected: 3, Merged: 1), report.Summary);
        Assert.Empty((await buyer.Http.GetFromJsonAsync<CartViewDto>(Cart))!.Cart.Lines);

        using var confirmed = await buyer.Http.PostAsJsonAsync($"{Cart}/imports/{report.Id}/confirm", new ConfirmImportRequest([5, 7]));
        var cart = (await confirmed.Content.ReadFromJsonAsync<CartDto>())!;

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal([("BRG-3001", 30m), ("PMP-100080", 1m), ("SEA-4001", 5m)],
            cart.Lines.Select(l => (l.Sku, l.Quantity)).OrderBy(l => l.Sku, StringComparer.Ordinal));
        using var again = await buyer.Http.PostAsJsonAsync($"{Cart}/imports/{report.Id}/confirm", new ConfirmImportRequest([]));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task A_comma_separated_CSV_without_a_header_and_quick_order_text_read_the_same()
    {
        using var buyer = await portal.SignInAsync(Demo.AcmeBuyer);

        var csv = await ImportCsvAsync(buyer, "SEA-4001,2\nVLV-2001,4,\"valves, spare\"\n");
        using var typed = await buyer.Http.PostAsJsonAsync($"{Cart}/imports/quick-order", new QuickOrderRequest("SEA-4001 2\nVLV-2001\t4\n\nPMP-1001"));
        var quick = (await typed.Content.ReadFromJsonAsync<CartImportDto>())!;

        Assert.Equal([("SEA-4001", 2m, ImportOutcomes.Accepted), ("VLV-2001", 4m, ImportOutcomes.Accepted)],
            csv.Rows.Select(r => (r.Sku!, r.Quantity!.Value, r.Outcome)));
        Assert.Equal("valves, spare", csv.Rows[1].Note);
        Assert.Equal([ImportOutcomes.Accepted, ImportOutcomes.Accepted, ImportOutcomes.Unparseable], quick.Rows.Select(r => r.Outcome));
        Assert.Contains("give a quantity after PMP-1001", quick.Rows[2].Message);
    }

    [Fact]
    public async Task A_CSV_of_5000_lines_is_reported_and_one_more_line_is_refused_whole()
    {
        using var buyer = await portal.SignInAsync(Demo.AcmeBuyer);
        var skus = DemoCatalog.Products(portal.CatalogSize).Where(p => !p.Discontinued && p.Category.Path != "motors/servo").Select(p => p.Sku).Take(LineRules.MaxLines).ToList();
        var file = new StringBuilder("sku,quantity\n");
        for (var i = 0; i < LineRules.MaxLines; i++)
        {
            file.Append(skus[i % skus.Count]).Append(',').Append(10).Append('\n');
        }

        var report = await ImportCsvAsync(buyer, file.ToString());
        using var tooLong = await PostCsvAsync(buyer, file.Append("SEA-4001,1\n").ToString());

        Assert.Equal(LineRules.MaxLines, report.Summary.Rows);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("more than 5,000 lines", await tooLong.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_file_that_is_not_UTF8_is_refused_with_how_to_save_it()
    {
        using var buyer = await portal.SignInAsync(Demo.AcmeBuyer);
        using var content = new ByteArrayContent([0x53, 0x45, 0x41, 0x2C, 0xE9, 0xFF, 0x0A]);
        content.Headers.ContentType = new("text/csv");

        using var response = await buyer.Http.PostAsync($"{Cart}/imports/csv", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("CSV UTF-8", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Reorder_puts_an_earlier_orders_lines_in_a_report_checked_as_they_are_today()
    {
        using var partner = await portal.PartnerAsync();
        var earlier = await OrderCalls.PlacedAsync(partner, North, TestOrders.For(North, TestOrders.NewReference("AGAIN"),
            new OrderLineRequest("SEA-4001", 2, Note: "again"), new OrderLineRequest("VLV-2001", 1)));

        using var reorder = await partner.PostAsJsonAsync($"{Cart}/imports/reorder", new ReorderRequest(earlier.Id));
        var report = (await reorder.Content.ReadFromJsonAsync<CartImportDto>())!;

        Assert.Equal(HttpStatusCode.Created, reorder.StatusCode);
        Assert.Equal([("SEA-4001", 2m, "again", ImportOutcomes.Accepted), ("VLV-2001", 1m, null, ImportOutcomes.Accepted)],
            report.Rows.Select(r => (r.Sku!, r.Quantity!.Value, r.Note, r.Outcome)));
    }

    [Fact]
    public async Task Another_callers_import_and_another_companys_order_cannot_be_reached_by_their_ids()
    {
        using var buyer = await portal.SignInAsync(Demo.AcmeBuyer);
        using var partner = await portal.PartnerAsync();
        using var borealis = await portal.SignInAsync(Demo.BorealisBuyer);
        var report = await ImportCsvAsync(buyer, "SEA-4001,1\n");
        var theirs = await OrderCalls.PlacedAsync(borealis.Http, Demo.BorealisMining, TestOrders.Small(Demo.BorealisMining, null!));

        using var read = await partner.GetAsync($"{Cart}/imports/{report.Id}");
        using var confirm = await partner.PostAsJsonAsync($"{Cart}/imports/{report.Id}/confirm", new ConfirmImportRequest([]));
        using var reorder = await partner.PostAsJsonAsync($"{Cart}/imports/reorder", new ReorderRequest(theirs.Id));

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound), (read.StatusCode, confirm.StatusCode, reorder.StatusCode));
        Assert.DoesNotContain("PO-", await reorder.Content.ReadAsStringAsync());
    }

    private static async Task<CartImportDto> ImportCsvAsync(BffSession session, string csv)
    {
        using var response = await PostCsvAsync(session, csv);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<CartImportDto>())!;
    }

    private static Task<HttpResponseMessage> PostCsvAsync(BffSession session, string csv)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        content.Headers.ContentType = new("text/csv") { CharSet = "utf-8" };
        return session.Http.PostAsync($"{Cart}/imports/csv", content);
    }
}
