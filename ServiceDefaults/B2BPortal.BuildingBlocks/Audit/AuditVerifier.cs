using B2BPortal.Contracts.Audit;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace B2BPortal.BuildingBlocks.Audit;

/// <summary>
/// Walks an account's chain in one pass on the server: each record's hash recomputed by the function that made it, its link to the
/// record before, and its sequence number. The first record that does not fit is named with what is wrong.
/// </summary>
public static class AuditVerifier
{
    public static async Task<AuditVerificationDto> VerifyAsync(DbContext db, string service, Guid accountId, TimeProvider clock, CancellationToken cancellationToken)
    {
        var schema = db.Model.GetDefaultSchema() ?? throw new InvalidOperationException("The audited context has no default schema.");
        var sql = $"""
            WITH chain AS MATERIALIZED (
              SELECT r.id, r.sequence, r.hash,
                     coalesce(r.hash = {schema}.audit_record_hash(r), false) AS hash_ok,
                     r.previous_hash IS NOT DISTINCT FROM lag(r.hash) OVER w AS link_ok,
                     r.sequence = coalesce(lag(r.sequence) OVER w, 0) + 1 AS sequence_ok
              FROM {schema}.audit_records r
              WHERE r.account_id = @account
              WINDOW w AS (ORDER BY r.sequence))
            SELECT (SELECT count(*) FROM chain),
                   head.sequence, encode(head.hash, 'hex'),
                   broken.sequence, broken.id,
                   CASE WHEN NOT broken.sequence_ok THEN 'sequence' WHEN NOT broken.link_ok THEN 'link' ELSE 'hash' END
            FROM (SELECT 1) AS one
            LEFT JOIN LATERAL (SELECT sequence, hash FROM chain ORDER BY sequence DESC LIMIT 1) AS head ON true
            LEFT JOIN LATERAL (SELECT * FROM chain WHERE NOT (hash_ok AND link_ok AND sequence_ok) ORDER BY sequence LIMIT 1) AS broken ON true
            """;
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken);
        }

        try
        {
            await using var command = new NpgsqlCommand(sql, connection);
            command.Parameters.AddWithValue("account", accountId);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            var broken = reader.IsDBNull(3) ? null : new AuditBrokenLinkDto(reader.GetInt64(3), reader.GetGuid(4), Reason(reader.GetString(5), reader.GetInt64(3)));
            return new AuditVerificationDto(service, accountId, reader.GetInt64(0), reader.IsDBNull(1) ? 0 : reader.GetInt64(1),
                reader.IsDBNull(2) ? null : reader.GetString(2), broken, clock.GetUtcNow());
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }

    private static string Reason(string kind, long sequence) => kind switch
    {
        "sequence" => $"Record {sequence} does not follow the record before it: records in between were removed or renumbered.",
        "link" => $"Record {sequence} does not point at the record before it: that record was changed, removed or put out of order.",
        _ => $"Record {sequence} was changed after it was written: its content no longer matches its hash.",
    };
}
