using Npgsql;

namespace B2BPortal.Tests.Infrastructure;

/// <summary>
/// Where a company's credit change is on its way from the ERP to Account and Order, read from each database: said when a test
/// waited for it in vain, so a failed run tells which hop held it up.
/// </summary>
internal static class CreditTrail
{
    public static async Task<string> DescribeAsync(PortalFixture portal, Guid company)
    {
        try
        {
            var erp = await ScalarAsync(portal, "erp",
                $"SELECT max(sequence)::text FROM erp.credit_changes WHERE customer_account_id = '{company}'");
            var cursor = await ScalarAsync(portal, "portal", "SELECT position::text FROM erp_adapter.feed_cursors WHERE feed = 'credit'");
            var unsent = await ScalarAsync(portal, "portal",
                "SELECT count(*) || ' (last error: ' || coalesce(max(last_error), 'none') || ')' FROM erp_adapter.outbox_messages WHERE sent_at IS NULL");
            var account = await ScalarAsync(portal, "portal",
                $"SELECT erp_credit_sequence || ', limit ' || coalesce(credit_limit::text, 'none') FROM account.accounts WHERE id = '{company}'");
            var order = await ScalarAsync(portal, "portal",
                $"SELECT sequence || ', limit ' || coalesce(credit_limit::text, 'none') FROM ordering.credit_accounts WHERE company_id = '{company}'");
            return $"ERP's last credit change of {company}: {erp}; ERP adapter's credit feed at {cursor}, outbox rows unsent: {unsent}; " +
                   $"Account holds sequence {account}; Order holds sequence {order}.";
        }
        catch (Exception exception)
        {
            return $"(the credit trail could not be read: {exception.Message})";
        }
    }

    private static async Task<string> ScalarAsync(PortalFixture portal, string database, string sql)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(portal.PostgresAdminConnectionString) { Database = database }.ConnectionString;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync() as string ?? "nothing";
    }
}
