using System.Net;
using System.Net.Http.Json;
using B2BPortal.Contracts.Accounts;
using B2BPortal.Contracts.Audit;
using B2BPortal.Contracts.Orders;
using B2BPortal.Tests.Infrastructure;
using Npgsql;

namespace B2BPortal.Tests.Audit;

/// <summary>
/// The audit trail across real processes: records written by the services in the transaction of each change, read merged through
/// the BFF, refused to UPDATE and DELETE by the database, and verified hash by hash.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class AuditTrailTests(PortalFixture portal) : IAsyncLifetime
{
    private const string BuyerAddress = "203.0.113.7";
    private const string BuyerAgent = "AuditTrailTests/1.0 (plant tablet)";
    private BffSession admin = null!;
    private BffSession buyer = null!;

    public async Task InitializeAsync()
    {
        admin = await portal.SignInAsync(Demo.AcmeAdmin);
        buyer = await portal.SignInAsync(Demo.AcmeBuyer);
    }

    public Task DisposeAsync()
    {
        admin.Dispose();
        buyer.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Placing_and_cancelling_an_order_leave_one_record_each_with_the_buyer_their_forwarded_address_and_what_changed()
    {
        var order = await PlaceAsBuyerAsync(TestOrders.Small(Demo.AcmePlantNorth, TestOrders.NewReference("AUDIT")));
        using var cancel = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/accounts/{Demo.AcmePlantNorth}/orders/{order.Id}/cancellation")
        {
            Content = JsonContent.Create(new CancelOrderRequest("Ordered twice.")),
        };
        FromThePlant(cancel);
        using (var cancelled = await buyer.Http.SendAsync(cancel))
        {
            Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        }

        var records = await admin.Http.RecordsOfAsync(Demo.AcmeIndustrial, order.Number);

        Assert.Equal(["order.placed", "order.cancelled"], records.Select(r => r.Action));
        Assert.All(records, r =>
        {
            Assert.Equal((Demo.AcmePlantNorth, "order", AuditActorKinds.User, "Anna Buyer (Acme Plant North)"), (r.AccountId, r.Service, r.Actor.Kind, r.Actor.Name));
            Assert.Equal((BuyerAddress, BuyerAgent), (r.IpAddress, r.UserAgent));
            Assert.Equal(order.Id.ToString(), r.SubjectId);
            Assert.Matches("^[0-9a-f]{32}$", r.TraceId!);
        });
        Assert.Equal(201, records[0].Status);
        Assert.Contains(records[0].Changes, c => c.Field == "processStatus" && c.Before is null && c.After == order.Status);
        Assert.Contains(records[1].Changes, c => c.Field == "processStatus" && c.Before == order.Status && c.After == ProcessStates.Cancelled);
        Assert.True(records[0].Sequence < records[1].Sequence);
    }

    [Fact]
    public async Task A_settings_change_and_an_assortment_change_each_leave_one_record_with_the_fields_before_and_after()
    {
        using var manager = await portal.SignInAsync(Demo.AccountManager);
        var profile = (await manager.Http.GetFromJsonAsync<OrderingProfileDto>($"/api/v1/accounts/{Demo.BorealisMining}/ordering-profile"))!;
        var flipped = profile.Settings with { AllowBackorders = !profile.Settings.AllowBackorders };
        var since = DateTimeOffset.UtcNow.ToString("O");
        try
        {
            using var changed = await manager.Http.PutAsJsonAsync($"/api/v1/accounts/{Demo.BorealisMining}/ordering-settings", flipped);
            Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
            using var assortment = await manager.Http.PutAsJsonAsync($"/api/v1/accounts/{Demo.BorealisKirunaSite}/assortment/rules",
                new { rules = new[] { new { kind = "Sku", value = "VLV-2001" } } });
            Assert.Equal(HttpStatusCode.OK, assortment.StatusCode);
        }
        finally
        {
            using var restored = await manager.Http.PutAsJsonAsync($"/api/v1/accounts/{Demo.BorealisMining}/ordering-settings", profile.Settings);
            await InheritAgainAsync(manager, Demo.BorealisKirunaSite);
        }

        var trail = (await manager.Http.TrailAsync(Demo.BorealisMining, $"from={Uri.EscapeDataString(since)}")).Reverse().ToList();

        Assert.Equal(["ordering-settings.changed", "assortment.changed", "ordering-settings.changed", "assortment.changed"], trail.Select(r => r.Action));
        Assert.All(trail, r => Assert.Equal(("Mia Manager (account manager)", 200), (r.Actor.Name, r.Status)));
        var before = profile.Settings.AllowBackorders.ToString();
        var after = flipped.AllowBackorders.ToString();
        Assert.Equal([("allowBackorders", before, after)], trail[0].Changes.Select(c => (c.Field, c.Before, c.After)));
        Assert.Equal([("allowBackorders", after, before)], trail[2].Changes.Select(c => (c.Field, c.Before, c.After)));
        Assert.Equal((Demo.BorealisKirunaSite, "entitlement"), (trail[1].AccountId, trail[1].Service));
        Assert.Equal([("added", null, "Sku:VLV-2001")], trail[1].Changes.Select(c => (c.Field, c.Before, c.After)));
        Assert.Equal([("removed", "Sku:VLV-2001", null)], trail[3].Changes.Select(c => (c.Field, c.Before, c.After)));
    }

    [Fact]
    public async Task A_refused_action_is_recorded_with_the_status_and_problem_type_the_API_answered()
    {
        var reference = TestOrders.NewReference("AUDIT-REFUSED");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/accounts/{Demo.AcmePlantNorth}/orders/{Guid.NewGuid()}/cancellation")
        {
            Content = JsonContent.Create(new CancelOrderRequest(reference)),
        };
        FromThePlant(request);
        using var response = await buyer.Http.SendAsync(request);
        var orderId = request.RequestUri!.Segments[^2].TrimEnd('/');

        var refused = Assert.Single(await admin.Http.RecordsOfAsync(Demo.AcmeIndustrial, orderId));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(("order.cancelled", 404, BuyerAddress), (refused.Action, refused.Status, refused.IpAddress));
        Assert.NotNull(refused.ProblemType);
        Assert.StartsWith("Refused (404)", refused.Summary);
        Assert.Empty(refused.Changes);
    }

    [Fact]
    public async Task A_change_whose_transaction_fails_leaves_no_record()
    {
        var poisoned = $"Valves/AUDIT-FAIL-{Guid.NewGuid():N}"[..40];
        await using var superuser = await AdminAsync("portal");
        var constraint = $"audit_test_{Guid.NewGuid():N}"[..30];
        await Execute(superuser, $"ALTER TABLE entitlement.assortment_rules ADD CONSTRAINT {constraint} CHECK (value <> '{poisoned}') NOT VALID");
        try
        {
            using var manager = await portal.SignInAsync(Demo.AccountManager);
            var before = await manager.Http.TrailAsync(Demo.BorealisKirunaSite, "action=assortment.");

            using var failed = await manager.Http.PutAsJsonAsync($"/api/v1/accounts/{Demo.BorealisKirunaSite}/assortment/rules",
                new { rules = new[] { new { kind = "Category", value = poisoned } } });
            var after = await manager.Http.TrailAsync(Demo.BorealisKirunaSite, "action=assortment.");

            Assert.False(failed.IsSuccessStatusCode);
            Assert.Equal(before.Select(r => r.Id), after.Select(r => r.Id));
        }
        finally
        {
            await Execute(superuser, $"ALTER TABLE entitlement.assortment_rules DROP CONSTRAINT {constraint}");
        }
    }

    /// <summary>Kiruna's own rules are set by these tests; taken away again, it inherits Borealis' assortment as the other tests expect.</summary>
    private static async Task InheritAgainAsync(BffSession manager, Guid account)
    {
        using var reset = await manager.Http.PutAsJsonAsync($"/api/v1/accounts/{account}/assortment/rules", new { rules = Array.Empty<object>() });
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
    }

    [Theory]
    [InlineData("orderdb", "ordering")]
    [InlineData("accountdb", "account")]
    [InlineData("entitlementdb", "entitlement")]
    [InlineData("identitydb", "identity")]
    public async Task The_services_own_role_may_insert_and_read_records_but_the_database_refuses_to_update_or_delete_them(string database, string schema)
    {
        await using var db = new NpgsqlConnection(portal.ServiceDatabases[database]);
        await db.OpenAsync();

        // A chain of its own (an account nobody reads), so the record inserted here disturbs no other test's trail.
        var chained = await new NpgsqlCommand($$"""
            INSERT INTO {{schema}}.audit_records (id, account_id, occurred_at, service, action, summary, actor_kind, actor_name, changes, status)
            VALUES (gen_random_uuid(), gen_random_uuid(), now(), 'test', 'role.checked', 'The role may insert.', 'system', 'test', '[]', 200)
            RETURNING sequence, previous_hash IS NULL AND length(hash) = 32
            """, db).ExecuteReaderAsync();
        Assert.True(await chained.ReadAsync());
        var (sequence, firstLink) = (chained.GetInt64(0), chained.GetBoolean(1));
        await chained.DisposeAsync();
        var readable = await new NpgsqlCommand($"SELECT count(*) FROM {schema}.audit_records", db).ExecuteScalarAsync();
        foreach (var statement in new[]
                 {
                     $"UPDATE {schema}.audit_records SET summary = 'nothing happened'",
                     $"DELETE FROM {schema}.audit_records",
                     $"TRUNCATE {schema}.audit_records",
                 })
        {
            var refused = await Assert.ThrowsAsync<PostgresException>(() => new NpgsqlCommand(statement, db).ExecuteNonQueryAsync());
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        }

        Assert.Equal((1L, true), (sequence, firstLink));
        Assert.True((long)readable! > 0);
    }

    [Fact]
    public async Task Verification_finds_a_record_altered_behind_the_services_back_at_that_record_and_a_removed_one_at_the_next()
    {
        using var manager = await portal.SignInAsync(Demo.AccountManager);
        try
        {
            await TamperAndVerifyAsync(manager);
        }
        finally
        {
            await InheritAgainAsync(manager, Demo.BorealisKirunaSite);
        }
    }

    private async Task TamperAndVerifyAsync(BffSession manager)
    {
        for (var round = 0; round < 3; round++)
        {
            using var set = await manager.Http.PutAsJsonAsync($"/api/v1/accounts/{Demo.BorealisKirunaSite}/assortment/rules",
                new { rules = new[] { new { kind = "Sku", value = $"PMP-100{round + 1}" } } });
            Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        }

        var recent = (await manager.Http.TrailAsync(Demo.BorealisKirunaSite, "action=assortment.changed")).Take(3).Reverse().ToList();
        var middle = recent[1];
        await using var superuser = await AdminAsync("portal");
        Assert.True((await manager.Http.VerifyTrailAsync(Demo.BorealisKirunaSite)).Intact);

        await Execute(superuser, $"UPDATE entitlement.audit_records SET summary = 'Nothing was changed.' WHERE id = '{middle.Id}'");
        var altered = (await manager.Http.VerifyTrailAsync(Demo.BorealisKirunaSite)).Services.Single(s => s.Service == "entitlement");
        await Execute(superuser, $"UPDATE entitlement.audit_records SET summary = @summary WHERE id = '{middle.Id}'", ("summary", middle.Summary));
        var restored = await manager.Http.VerifyTrailAsync(Demo.BorealisKirunaSite);

        // Removed and put back exactly as it was, with the chain's trigger off for this session only.
        await Execute(superuser, $"""
            CREATE TEMP TABLE kept AS SELECT * FROM entitlement.audit_records WHERE id = '{middle.Id}';
            DELETE FROM entitlement.audit_records WHERE id = '{middle.Id}';
            """);
        var removed = (await manager.Http.VerifyTrailAsync(Demo.BorealisKirunaSite)).Services.Single(s => s.Service == "entitlement");
        await Execute(superuser, "SET session_replication_role = replica; INSERT INTO entitlement.audit_records SELECT * FROM kept; SET session_replication_role = origin;");

        Assert.Equal((middle.Sequence, middle.Id), (altered.FirstBroken!.Sequence, altered.FirstBroken.RecordId));
        Assert.Contains("changed after it was written", altered.FirstBroken.Reason);
        Assert.True(restored.Intact);
        Assert.Equal(recent[2].Sequence, removed.FirstBroken!.Sequence);
        Assert.True((await manager.Http.VerifyTrailAsync(Demo.BorealisKirunaSite)).Intact);
    }

    [Fact]
    public async Task One_account_never_reads_another_accounts_trail()
    {
        using var partner = await portal.PartnerAsync();
        using var borealisBuyer = await portal.SignInAsync(Demo.BorealisBuyer);

        using var adminOnBorealis = await admin.Http.GetAsync($"/api/v1/accounts/{Demo.BorealisMining}/audit");
        using var partnerOnBorealis = await partner.GetAsync($"/api/v1/accounts/{Demo.BorealisMining}/audit");
        using var borealisOnAcme = await borealisBuyer.Http.GetAsync($"/api/v1/accounts/{Demo.AcmeIndustrial}/audit/verification");
        using var buyerOnOwn = await buyer.Http.GetAsync($"/api/v1/accounts/{Demo.AcmePlantNorth}/audit");
        using var exportOnBorealis = await admin.Http.GetAsync($"/api/v1/accounts/{Demo.BorealisMining}/audit/export");
        var acmeTrail = await admin.Http.TrailAsync(Demo.AcmeIndustrial);

        Assert.Equal(HttpStatusCode.NotFound, adminOnBorealis.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, partnerOnBorealis.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, borealisOnAcme.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, exportOnBorealis.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, buyerOnOwn.StatusCode);
        Assert.DoesNotContain(acmeTrail, r => r.AccountId == Demo.BorealisMining || r.AccountId == Demo.BorealisKirunaSite);
    }

    [Fact]
    public async Task Sign_ins_failed_and_succeeded_and_partner_tokens_are_in_the_trail_of_the_company_acted_for()
    {
        var since = DateTimeOffset.UtcNow.ToString("O");
        await Assert.ThrowsAnyAsync<Exception>(() => portal.SignInAsync(Demo.AcmeController, "not-the-password"));
        using (await portal.SignInAsync(Demo.AcmeController))
        {
        }

        await portal.ClientCredentialsTokenAsync();

        var signIns = await admin.Http.TrailAsync(Demo.AcmeIndustrial, $"target={Demo.AcmeController}&action=sign-in.&from={Uri.EscapeDataString(since)}");
        var tokens = await admin.Http.TrailAsync(Demo.AcmeIndustrial, $"action=partner-token.&from={Uri.EscapeDataString(since)}");

        Assert.Equal(["sign-in.failed", "sign-in.succeeded"], signIns.Reverse().Select(r => r.Action));
        Assert.Equal([401, 200], signIns.Reverse().Select(r => r.Status));
        Assert.All(signIns, r => Assert.Equal(("identity", "Carl Controller (Acme)"), (r.Service, r.Actor.Name)));
        var token = Assert.Single(tokens);
        Assert.Equal((AuditActorKinds.Partner, Demo.AcmePartner, Demo.AcmeIndustrial.ToString()), (token.Actor.Kind, token.Actor.Id, token.Actor.OnBehalfOf));
    }

    [Fact]
    public async Task The_trail_exports_as_CSV_with_formula_like_text_made_harmless()
    {
        var email = $"=cmd-{Guid.NewGuid():N}"[..15] + "@acme.example";
        using (var invited = await admin.Http.PostAsJsonAsync($"/api/v1/accounts/{Demo.AcmeIndustrial}/members", new { email, role = "Buyer" }))
        {
            Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
        }

        using var response = await admin.Http.GetAsync($"/api/v1/accounts/{Demo.AcmeIndustrial}/audit/export?target={Uri.EscapeDataString(email)}");
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.StartsWith("occurred_at,service,sequence,account_id,action,target", lines[0]);
        var row = Assert.Single(lines.Skip(1));
        Assert.Contains($",account,", row);
        Assert.Contains($",member.invited,'{email},", row);
        Assert.Contains("role: – → Buyer", row);
    }

    private async Task<OrderDto> PlaceAsBuyerAsync(PlaceOrderRequest order)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/accounts/{Demo.AcmePlantNorth}/orders") { Content = JsonContent.Create(order) };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        FromThePlant(request);
        using var response = await buyer.Http.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<OrderDto>())!;
    }

    /// <summary>As if the buyer's tablet called through a proxy in front of the BFF (the BFF trusts forwarded headers from loopback).</summary>
    private static void FromThePlant(HttpRequestMessage request)
    {
        request.Headers.Add("X-Forwarded-For", BuyerAddress);
        request.Headers.UserAgent.ParseAdd(BuyerAgent);
    }

    private async Task<NpgsqlConnection> AdminAsync(string database)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(portal.PostgresAdminConnectionString) { Database = database }.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static async Task Execute(NpgsqlConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync();
    }
}
