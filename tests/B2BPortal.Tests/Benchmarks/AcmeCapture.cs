using System.Diagnostics;
using System.Net.Http.Json;
using B2BPortal.BuildingBlocks.DemoData;
using B2BPortal.Contracts.Accounts;
using B2BPortal.Contracts.Erp;
using B2BPortal.Contracts.Orders;
using B2BPortal.Tests.Infrastructure;
using Npgsql;
using Refit;

namespace B2BPortal.Tests.Benchmarks;

/// <summary>
/// What the capture benchmarks order with: ten lines every Acme account may buy, and Acme's credit raised and its approval rules
/// removed for the run (thousands of orders must be neither refused for credit nor held for approval); disposing puts both back.
/// </summary>
internal sealed class AcmeCapture : IAsyncDisposable
{
    public static readonly Guid[] Accounts = [Demo.AcmeIndustrial, Demo.AcmePlantNorth, Demo.AcmePlantSouth, Demo.AcmeNorthAssembly];

    private readonly IErpAdminApi erp;
    private readonly IApprovalPolicyApi rules;
    private readonly BffSession admin;
    private readonly ApprovalPolicyDto? ownRules;

    private AcmeCapture(IErpAdminApi erp, IApprovalPolicyApi rules, BffSession admin, ApprovalPolicyDto? ownRules, IReadOnlyList<OrderLineRequest> lines) =>
        (this.erp, this.rules, this.admin, this.ownRules, Lines) = (erp, rules, admin, ownRules, lines);

    public IReadOnlyList<OrderLineRequest> Lines { get; }

    public static async Task<AcmeCapture> StartAsync(PortalFixture portal, HttpClient partner)
    {
        var erp = RestService.ForGenerated<IErpAdminApi>(new HttpClient { BaseAddress = portal.App.GetEndpoint("erp-simulator") });
        var lines = await TenLinesAsync(portal, partner);
        await erp.SetCreditAsync(Demo.AcmeIndustrial, new ErpCreditSetting(1_000_000_000_000m, "EUR", 60_000m, OnHold: false, PaymentTerms: "Net 30"));
        var admin = await portal.SignInAsync(Demo.AcmeAdmin);
        var rules = RestService.For<IApprovalPolicyApi>(admin.Http);
        var ownRules = (await rules.GetAsync(Demo.AcmeIndustrial)).Policy;
        using (await rules.RemoveAsync(Demo.AcmeIndustrial))
        {
        }

        await Eventually.TrueAsync(
            async () => (await partner.GetFromJsonAsync<CreditStatusDto>($"/api/v1/accounts/{Demo.AcmeIndustrial}/credit"))!.CreditLimit > 1_000_000m,
            TimeSpan.FromSeconds(30), "the raised credit limit");
        return new AcmeCapture(erp, rules, admin, ownRules, lines);
    }

    public async ValueTask DisposeAsync()
    {
        await erp.SetCreditAsync(Demo.AcmeIndustrial, new ErpCreditSetting(250_000m, "EUR", 60_000m, OnHold: false, PaymentTerms: "Net 30"));
        if (ownRules is not null)
        {
            using var restored = await rules.SetAsync(Demo.AcmeIndustrial, ownRules);
        }

        admin.Dispose();
    }

    /// <summary>
    /// Waits until the ERP has acknowledged every order placed so far, and 3 s more, so a run does not pay for the one before it;
    /// answers how long the backlog took to drain.
    /// </summary>
    public static async Task<TimeSpan> ErpBacklogDrainedAsync(PortalFixture portal)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(portal.PostgresAdminConnectionString) { Database = "portal" }.ConnectionString;
        var started = Stopwatch.GetTimestamp();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var waiting = new NpgsqlCommand("SELECT count(*) FROM ordering.orders WHERE acknowledged_at IS NULL AND process_status = 'Submitted'", connection);
        await Eventually.TrueAsync(async () => (long)(await waiting.ExecuteScalarAsync())! == 0, TimeSpan.FromMinutes(5), "the ERP to acknowledge every order");
        var drained = Stopwatch.GetElapsedTime(started);
        await Task.Delay(TimeSpan.FromSeconds(3));
        return drained;
    }

    /// <summary>Ten products in stock that every Acme account may order (previewed on each), in their smallest orderable quantity.</summary>
    private static async Task<IReadOnlyList<OrderLineRequest>> TenLinesAsync(PortalFixture portal, HttpClient partner)
    {
        var candidates = DemoCatalog.Products(portal.CatalogSize)
            .Where(p => !p.Discontinued && p.Category.Path != "motors/servo" && p.Category.Path != "custom" && p.StockPerWarehouse[0] >= 20 * p.PackSize)
            .Take(20)
            .Select(p => new OrderLineRequest(p.Sku, Math.Max(p.MinimumOrderQuantity, p.PackSize)))
            .ToList();
        var refused = new HashSet<string>(StringComparer.Ordinal);
        foreach (var account in Accounts)
        {
            using var response = await partner.PostAsJsonAsync($"/api/v1/accounts/{account}/orders/preview",
                TestOrders.For(account, TestOrders.NewReference("BENCH"), [.. candidates]));
            var preview = (await response.Content.ReadFromJsonAsync<OrderPreviewDto>())!;
            refused.UnionWith(preview.Findings.Where(f => f.Severity == FindingSeverities.Error && f.Sku is not null).Select(f => f.Sku!));
        }

        return [.. candidates.Where(c => !refused.Contains(c.Sku)).Take(10)];
    }
}
