using B2BPortal.Contracts.Audit;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace B2BPortal.BuildingBlocks.Audit;

/// <summary>
/// Checks an account's chain on the server, in one round trip of three queries: every record's hash recomputed (a scan
/// PostgreSQL may split over its cores), every link to the record before and every sequence number (one ordered pass over the
/// index), and the chain's length and head. The first record that does not fit is named with what is wrong.
/// </summary>
public static class AuditVerifier
{
    public static async Task<AuditVerificationDto> VerifyAsync(DbContext db, string service, Guid accountId, TimeProvider clock, CancellationToken cancellationToken)
    {
        var schema = db.Model.GetDefaultSchema() ?? throw new InvalidOperationException("The audited context has no default schema.");
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken);
        }

        try
        {
            await using var batch = new NpgsqlBatch(connection)
            {
                BatchCommands =
                {
                    // "+ 0" keeps the planner from walking the index in order: the scan then runs in parallel.
                    Command($"""
                        SELECT min(r.sequence + 0) FROM {schema}.audit_records r
                        WHERE r.account_id = @account AND r.hash IS DISTINCT FROM {AuditChainSql.HashOf("r")}
                        """, accountId),
                    Command($"""
                        SELECT sequence, sequence_ok FROM (
                          SELECT r.sequence,
                                 r.previous_hash IS NOT DISTINCT FROM lag(r.hash) OVER w AS link_ok,
                                 r.sequence = coalesce(lag(r.sequence) OVER w, 0) + 1 AS sequence_ok
                          FROM {schema}.audit_records r WHERE r.account_id = @account WINDOW w AS (ORDER BY r.sequence)) chain
                        WHERE NOT (link_ok AND sequence_ok) ORDER BY sequence LIMIT 1
                        """, accountId),
                    Command($"""
                        SELECT (SELECT count(*) FROM {schema}.audit_records WHERE account_id = @account), head.sequence, encode(head.hash, 'hex')
                        FROM (SELECT 1) one LEFT JOIN LATERAL (SELECT sequence, hash FROM {schema}.audit_records WHERE account_id = @account
                                                               ORDER BY sequence DESC LIMIT 1) head ON true
                        """, accountId),
                },
            };
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            long? altered = reader.IsDBNull(0) ? null : reader.GetInt64(0);
            await reader.NextResultAsync(cancellationToken);
            (long Sequence, bool SequenceOk)? unlinked = await reader.ReadAsync(cancellationToken) ? (reader.GetInt64(0), reader.GetBoolean(1)) : null;
            await reader.NextResultAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            var (records, head, headHash) = (reader.GetInt64(0), reader.IsDBNull(1) ? 0 : reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetString(2));
            await reader.CloseAsync();

            var broken = FirstBroken(altered, unlinked);
            return new AuditVerificationDto(service, accountId, records, head, headHash,
                broken is null ? null : new AuditBrokenLinkDto(broken.Value.Sequence, await RecordIdAsync(connection, schema, accountId, broken.Value.Sequence, cancellationToken),
                    broken.Value.Reason), clock.GetUtcNow());
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }

    /// <summary>The earlier of the two findings; at one record, a gap or a broken link says more than a hash that no longer matches.</summary>
    private static (long Sequence, string Reason)? FirstBroken(long? altered, (long Sequence, bool SequenceOk)? unlinked) =>
        (altered, unlinked) switch
        {
            (null, null) => null,
            ({ } a, { } u) when a < u.Sequence => (a, Changed(a)),
            (_, { } u) => (u.Sequence, u.SequenceOk
                ? $"Record {u.Sequence} does not point at the record before it: that record was changed, removed or put out of order."
                : $"Record {u.Sequence} does not follow the record before it: records in between were removed or renumbered."),
            ({ } a, null) => (a, Changed(a)),
        };

    private static string Changed(long sequence) => $"Record {sequence} was changed after it was written: its content no longer matches its hash.";

    private static async Task<Guid> RecordIdAsync(NpgsqlConnection connection, string schema, Guid accountId, long sequence, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT id FROM {schema}.audit_records WHERE account_id = @account AND sequence = @sequence", connection);
        command.Parameters.AddWithValue("account", accountId);
        command.Parameters.AddWithValue("sequence", sequence);
        return (Guid)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static NpgsqlBatchCommand Command(string sql, Guid accountId) => new(sql) { Parameters = { new NpgsqlParameter("account", accountId) } };
}
