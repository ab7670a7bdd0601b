using B2BPortal.Tests.Infrastructure;
using Npgsql;

namespace B2BPortal.Tests.Data;

[Collection(PortalCollection.Name)]
public sealed class SchemaIsolationTests(PortalFixture portal)
{
    [Theory]
    [InlineData("orderdb", "account.accounts")]
    [InlineData("accountdb", "ordering.orders")]
    [InlineData("erpadapterdb", "ordering.outbox_messages")]
    [InlineData("orderdb", "erp_adapter.sales_order_links")]
    public async Task A_service_role_cannot_read_another_services_schema(string connection, string otherTable)
    {
        await using var db = new NpgsqlConnection(portal.ServiceDatabases[connection]);
        await db.OpenAsync();

        var denied = await Assert.ThrowsAsync<PostgresException>(() =>
            new NpgsqlCommand($"SELECT count(*) FROM {otherTable}", db).ExecuteScalarAsync());

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, denied.SqlState);
    }

    [Theory]
    [InlineData("orderdb", "ordering.orders")]
    [InlineData("accountdb", "account.accounts")]
    [InlineData("erpadapterdb", "erp_adapter.sales_order_links")]
    public async Task A_service_role_reads_its_own_schema(string connection, string ownTable)
    {
        await using var db = new NpgsqlConnection(portal.ServiceDatabases[connection]);
        await db.OpenAsync();

        var rows = await new NpgsqlCommand($"SELECT count(*) FROM {ownTable}", db).ExecuteScalarAsync();

        Assert.IsType<long>(rows);
    }

    [Fact]
    public async Task A_service_role_cannot_create_tables_in_the_public_schema()
    {
        await using var db = new NpgsqlConnection(portal.ServiceDatabases["orderdb"]);
        await db.OpenAsync();

        var denied = await Assert.ThrowsAsync<PostgresException>(() =>
            new NpgsqlCommand("CREATE TABLE public.smuggled (id int)", db).ExecuteNonQueryAsync());

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, denied.SqlState);
    }
}
