using System.Net.Http.Json;
using B2BPortal.Contracts.Accounts;
using B2BPortal.Contracts.Erp;
using B2BPortal.Contracts.Orders;
using B2BPortal.Tests.Infrastructure;
using Refit;

namespace B2BPortal.Tests.Ordering;

/// <summary>
/// The ERP is the authority for credit: its credit feed sets the terms Account shows and the credit ordering checks against, and
/// terms agreed in the portal go to the ERP and come back from it.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class CreditFromErpTests(PortalFixture portal)
{
    private static readonly Guid Borealis = Demo.BorealisMining;
    private static readonly ErpCreditSetting Seeded = new(100_000m, "EUR", 15_000m, OnHold: false, PaymentTerms: "Net 45");

    private IErpAdminApi Erp => RestService.ForGenerated<IErpAdminApi>(new HttpClient { BaseAddress = portal.App.GetEndpoint("erp-simulator") });

    [Fact]
    public async Task A_limit_set_in_the_ERP_reaches_the_accounts_terms_and_the_order_checks()
    {
        using var manager = await portal.SignInAsync(Demo.AccountManager);
        try
        {
            await Erp.SetCreditAsync(Borealis, Seeded with { CreditLimit = 123_456m, PaymentTerms = "Net 60" });

            var terms = await WithTrailAsync(() => Eventually.ReturnsAsync(async () =>
            {
                var current = await manager.Http.GetFromJsonAsync<CreditTermsDto>($"/api/v1/accounts/{Borealis}/credit-terms");
                return current?.CreditLimit == 123_456m ? current : null;
            }, TimeSpan.FromSeconds(60), "Account to show the ERP's limit")); // a feed poller backed off by an earlier ERP fault waits up to 30 s
            // Order keeps its own copy of the ERP's credit from the same event, on its own queue: it may apply it a moment later.
            var credit = await WithTrailAsync(() => Eventually.ReturnsAsync(async () =>
            {
                var current = await manager.Http.GetFromJsonAsync<CreditStatusDto>($"/api/v1/accounts/{Borealis}/credit");
                return current?.CreditLimit == 123_456m ? current : null;
            }, TimeSpan.FromSeconds(10), "the order checks to use the ERP's limit"));

            Assert.Equal("Net 60", terms.PaymentTerms);
            Assert.NotNull(terms.ConfirmedByErpAt);
            Assert.Equal(15_000m, credit.OpenReceivables);
            Assert.Equal(credit.CreditLimit - credit.OpenReceivables - credit.NotYetInvoiced, credit.Available);
        }
        finally
        {
            await Erp.SetCreditAsync(Borealis, Seeded);
        }
    }

    /// <summary>
    /// The feed brings the burst in one page, and Account and Order each handle several of its events at once: the last change
    /// the ERP made must be the one both keep, whichever of them commits last.
    /// </summary>
    [Fact]
    public async Task A_burst_of_ERP_credit_changes_leaves_account_and_ordering_with_the_ERPs_last_one()
    {
        using var manager = await portal.SignInAsync(Demo.AccountManager);
        try
        {
            await Task.WhenAll(Enumerable.Range(1, 12).Select(i => Erp.SetCreditAsync(Borealis, Seeded with { CreditLimit = 200_000m + i })));
            var last = (await Erp.GetCreditAsync(Borealis)).CreditLimit;

            await WithTrailAsync(async () =>
            {
                await Eventually.TrueAsync(async () =>
                    (await manager.Http.GetFromJsonAsync<CreditTermsDto>($"/api/v1/accounts/{Borealis}/credit-terms"))?.CreditLimit == last
                    && (await manager.Http.GetFromJsonAsync<CreditStatusDto>($"/api/v1/accounts/{Borealis}/credit"))?.CreditLimit == last,
                    TimeSpan.FromSeconds(30), $"Account and Order to hold the ERP's last limit, {last}");
                return true;
            });
            await Task.Delay(TimeSpan.FromSeconds(2));

            var terms = await manager.Http.GetFromJsonAsync<CreditTermsDto>($"/api/v1/accounts/{Borealis}/credit-terms");
            var credit = await manager.Http.GetFromJsonAsync<CreditStatusDto>($"/api/v1/accounts/{Borealis}/credit");
            Assert.Equal((last, last), (terms!.CreditLimit, credit!.CreditLimit));
        }
        finally
        {
            await Erp.SetCreditAsync(Borealis, Seeded);
        }
    }

    [Fact]
    public async Task Terms_agreed_before_the_ERPs_last_change_are_refused_as_superseded_and_the_ERPs_record_stands()
    {
        var customers = RestService.ForGenerated<IErpCustomerApi>(new HttpClient { BaseAddress = portal.App.GetEndpoint("erp-simulator") });
        var before = await Erp.GetCreditAsync(Borealis);
        var late = new ErpCreditTermsUpdate(1m, "EUR", "Net 1", AgreedAt: before.ChangedAt.AddMinutes(-5));

        var refused = await Assert.ThrowsAnyAsync<ApiException>(() => customers.SetCreditTermsAsync(Borealis, late, Guid.NewGuid().ToString()));
        var after = await Erp.GetCreditAsync(Borealis);

        Assert.Equal(409, (int)refused.StatusCode);
        Assert.Contains("Superseded", refused.Content);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Terms_agreed_in_the_portal_go_to_the_ERP_and_ordering_uses_them_once_the_ERP_confirms()
    {
        using var manager = await portal.SignInAsync(Demo.AccountManager);
        try
        {
            using var put = await manager.Http.PutAsJsonAsync($"/api/v1/accounts/{Borealis}/credit-terms", new UpdateCreditTermsRequest(110_000m, "EUR", "Net 30"));
            Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());

            var inErp = await Eventually.ReturnsAsync(async () =>
            {
                var current = await Erp.GetCreditAsync(Borealis);
                return current.CreditLimit == 110_000m ? current : null;
            }, TimeSpan.FromSeconds(30), "the ERP to hold the limit agreed in the portal");
            await Eventually.TrueAsync(async () =>
                (await manager.Http.GetFromJsonAsync<CreditStatusDto>($"/api/v1/accounts/{Borealis}/credit"))!.CreditLimit == 110_000m,
                TimeSpan.FromSeconds(30), "ordering to use the limit the ERP confirmed");

            Assert.Equal(("Net 30", 15_000m), (inErp.PaymentTerms, inErp.OpenBalance));
        }
        finally
        {
            await Erp.SetCreditAsync(Borealis, Seeded);
        }
    }

    /// <summary>A wait for the credit feed that, when it times out, says where the change got to.</summary>
    private async Task<T> WithTrailAsync<T>(Func<Task<T>> wait)
    {
        try
        {
            return await wait();
        }
        catch (TimeoutException timeout)
        {
            throw new TimeoutException($"{timeout.Message} {await CreditTrail.DescribeAsync(portal, Borealis)}", timeout);
        }
    }
}
