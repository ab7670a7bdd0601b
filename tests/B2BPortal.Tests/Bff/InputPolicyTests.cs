using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using B2BPortal.Contracts.Accounts;
using B2BPortal.Tests.Infrastructure;

namespace B2BPortal.Tests.Bff;

/// <summary>
/// The defects the input policy was written for, each provoked once through the BFF: every one answers a problem that names
/// what to change, none a 5xx, and nothing is stored (docs/architecture.md, "Input policy"). The fuzz suite covers the rest.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class InputPolicyTests(PortalFixture portal)
{
    private static readonly Guid Acme = Demo.AcmeIndustrial;

    [Fact]
    public async Task A_NUL_in_an_order_note_is_refused_naming_the_line_field_not_answered_500()
    {
        using var partner = await portal.PartnerAsync();
        using var response = await OrderCalls.PlaceAsync(partner, Acme, new
        {
            purchaseOrderNumber = TestOrders.NewReference("NUL"), lines = new[] { new { sku = "SEA-4001", quantity = 1, note = "before\u0000after" } },
        });

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("lines[0].note", problem.GetProperty("field").GetString());
        Assert.Contains("U+0000", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_security_policy_without_its_yes_or_no_is_refused_and_leaves_the_requirement_as_it_was()
    {
        using var admin = await portal.SignInAsync(Demo.AcmeAdmin);
        var before = (await admin.Http.GetFromJsonAsync<AccountDetailsDto>($"/api/v1/accounts/{Acme}"))!.RequireTwoFactor;

        using var response = await admin.Http.PutAsJsonAsync($"/api/v1/accounts/{Acme}/security-policy", new { });

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("requireTwoFactor", problem.GetProperty("detail").GetString());
        Assert.Equal(before, (await admin.Http.GetFromJsonAsync<AccountDetailsDto>($"/api/v1/accounts/{Acme}"))!.RequireTwoFactor);
    }

    [Theory]
    [InlineData("EURO")]
    [InlineData("XYZ")]
    public async Task Credit_terms_in_a_currency_ISO_4217_does_not_know_are_refused_naming_the_currency(string currency)
    {
        using var manager = await portal.SignInAsync(Demo.AccountManager);
        using var response = await manager.Http.PutAsJsonAsync($"/api/v1/accounts/{Acme}/credit-terms",
            new UpdateCreditTermsRequest(250_000m, currency, "Net 30"));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("currency", problem.GetProperty("field").GetString());
        Assert.Contains("ISO 4217", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_header_value_outside_ASCII_is_refused_naming_the_header_not_answered_502()
    {
        using var http = new HttpClient(new SocketsHttpHandler { RequestHeaderEncodingSelector = (_, _) => Encoding.UTF8 }) { BaseAddress = portal.BffUrl };
        http.DefaultRequestHeaders.Authorization = new("Bearer", await portal.ClientCredentialsTokenAsync());
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/accounts/{Acme}/orders");
        request.Headers.TryAddWithoutValidation("X-Plant", "Düsseldorf");

        using var response = await http.SendAsync(request);

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("X-Plant", problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task An_absurd_catalog_page_is_refused_at_once_naming_the_page()
    {
        using var partner = await portal.PartnerAsync();
        using var response = await partner.GetAsync($"/api/v1/accounts/{Acme}/catalog?page=2147483647");

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("page", problem.GetProperty("field").GetString());
        Assert.Contains("10,000", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_command_body_past_64_KB_is_refused_with_413_and_the_limits_in_words()
    {
        using var admin = await portal.SignInAsync(Demo.AcmeAdmin);
        using var response = await admin.Http.PutAsJsonAsync($"/api/v1/accounts/{Acme}/security-policy",
            new { requireTwoFactor = false, padding = new string('x', 70 * 1024) });

        var problem = await ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("64 KB", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_method_a_route_does_not_take_is_answered_with_a_detail()
    {
        using var partner = await portal.PartnerAsync();
        using var response = await partner.DeleteAsync($"/api/v1/accounts/{Acme}/orders");

        var problem = await ProblemAsync(response, HttpStatusCode.MethodNotAllowed);
        Assert.Contains("does not take DELETE", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_route_the_BFF_composes_answers_a_wrong_method_405_and_a_wrong_content_type_415_not_404()
    {
        using var partner = await portal.PartnerAsync();

        using var deleted = await partner.DeleteAsync($"/api/v1/accounts/{Acme}/prices");
        using var asText = await partner.PostAsync($"/api/v1/accounts/{Acme}/prices", new StringContent("PMP-1001 2", Encoding.UTF8, "text/plain"));
        using var priced = await partner.PostAsJsonAsync($"/api/v1/accounts/{Acme}/prices", new { lines = new[] { new { sku = "PMP-1001", quantity = 2 } } });

        var wrongMethod = await ProblemAsync(deleted, HttpStatusCode.MethodNotAllowed);
        Assert.Equal("GET, POST", deleted.Content.Headers.Allow.Count > 0 ? string.Join(", ", deleted.Content.Headers.Allow) : string.Join(", ", deleted.Headers.GetValues("Allow")));
        Assert.Contains("does not take DELETE", wrongMethod.GetProperty("detail").GetString());
        var wrongType = await ProblemAsync(asText, HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("does not read text/plain", wrongType.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, priced.StatusCode);
    }

    [Fact]
    public async Task An_approver_invited_without_an_approval_limit_is_refused_naming_the_limit_and_nobody_is_invited()
    {
        using var admin = await portal.SignInAsync(Demo.AcmeAdmin);
        var email = $"approver-{Guid.NewGuid():N}@example.com";

        using var response = await admin.Http.PostAsJsonAsync($"/api/v1/accounts/{Demo.AcmePlantSouth}/members", new { email, role = AccountRoles.Approver });

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("approvalLimit", problem.GetProperty("field").GetString());
        var members = await admin.Http.GetFromJsonAsync<List<MemberDto>>($"/api/v1/accounts/{Demo.AcmePlantSouth}/members");
        Assert.DoesNotContain(members!, m => m.Email == email);
    }

    [Fact]
    public async Task An_approval_step_without_its_threshold_is_refused_naming_it_not_read_as_zero()
    {
        using var admin = await portal.SignInAsync(Demo.AcmeAdmin);
        var policyUrl = $"/api/v1/accounts/{Demo.AcmePlantSouth}/approval-policy";
        var before = await admin.Http.GetFromJsonAsync<EffectiveApprovalPolicyDto>(policyUrl);

        using var response = await admin.Http.PutAsJsonAsync(policyUrl, new { steps = new[] { new { role = ApproverRoles.Approver } } });

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("steps[0].above", problem.GetProperty("field").GetString());
        Assert.Contains("missing: steps[0].above", problem.GetProperty("detail").GetString());
        Assert.Equivalent(before, await admin.Http.GetFromJsonAsync<EffectiveApprovalPolicyDto>(policyUrl), strict: true);
    }

    [Fact]
    public async Task Two_removals_of_a_units_approval_rules_at_once_both_answer_the_rules_that_now_hold_never_500()
    {
        using var admin = await portal.SignInAsync(Demo.AcmeAdmin);
        var policyUrl = $"/api/v1/accounts/{Demo.AcmeNorthAssembly}/approval-policy";
        for (var round = 0; round < 5; round++)
        {
            using var set = await admin.Http.PutAsJsonAsync(policyUrl, new ApprovalPolicyDto([new ApprovalStepRule(40_000m)]));
            Assert.Equal(HttpStatusCode.OK, set.StatusCode);

            var removals = await Task.WhenAll(admin.Http.DeleteAsync(policyUrl), admin.Http.DeleteAsync(policyUrl));

            foreach (var removal in removals)
            {
                using (removal)
                {
                    Assert.True(removal.StatusCode == HttpStatusCode.OK, $"{(int)removal.StatusCode}: {await removal.Content.ReadAsStringAsync()}");
                    Assert.False((await removal.Content.ReadFromJsonAsync<EffectiveApprovalPolicyDto>())!.IsOwn);
                }
            }
        }
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
