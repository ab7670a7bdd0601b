using B2BPortal.BuildingBlocks.Data;
using Microsoft.EntityFrameworkCore.Migrations;

namespace B2BPortal.BuildingBlocks.Audit;

/// <summary>
/// What makes a service's <c>audit_records</c> a trail: the database, not the application, numbers each record in its account's chain
/// and hashes it over the previous one (a trigger, under a per-account transaction lock, so concurrent writers queue instead of
/// forking the chain), and the service's own role loses UPDATE, DELETE and TRUNCATE on the table (an owner may revoke its own
/// privileges; getting them back takes a deliberate GRANT, and the chain still shows what was changed). Verification recomputes
/// every hash with the same expression (<see cref="HashOf"/>, <see cref="AuditVerifier"/>).
/// </summary>
public static class AuditChainSql
{
    /// <summary>In a migration, after the table is created.</summary>
    public static void ChainAuditRecords(this MigrationBuilder migration, string schema)
    {
        migration.Sql($"""
            CREATE FUNCTION {schema}.audit_records_chain() RETURNS trigger
            LANGUAGE plpgsql AS $$
            DECLARE
              last_record record;
            BEGIN
              PERFORM pg_advisory_xact_lock(hashtextextended('{schema}.audit_records:' || NEW.account_id::text, 0));
              SELECT sequence, hash INTO last_record FROM {schema}.audit_records
                WHERE account_id = NEW.account_id ORDER BY sequence DESC LIMIT 1;
              NEW.sequence := coalesce(last_record.sequence, 0) + 1;
              NEW.previous_hash := last_record.hash;
              NEW.hash := {HashOf("NEW")};
              RETURN NEW;
            END
            $$;

            CREATE TRIGGER audit_records_chain BEFORE INSERT ON {schema}.audit_records
              FOR EACH ROW EXECUTE FUNCTION {schema}.audit_records_chain();

            REVOKE UPDATE, DELETE, TRUNCATE ON {schema}.audit_records FROM CURRENT_USER, PUBLIC;
            """);
        migration.KeepNoStatistics(schema, "audit_records",
            "previous_hash", "hash", "summary", "subject_id", "on_behalf_of", "user_agent", "changes", "problem_type", "correlation_id", "trace_id");
    }

    /// <summary>
    /// SHA-256 over the previous hash and every column of record <paramref name="row"/>, each field quoted (or NULL) and joined
    /// by <c>|</c>, the time as microseconds since 1970: the chaining trigger computes it of the new row, verification of each
    /// stored one (inline: as a function taking a whole row it was three times slower, and could not run in parallel).
    /// Changing it changes every hash: a new expression needs a new function and a versioned chain.
    /// </summary>
    public static string HashOf(string row) =>
        "sha256(convert_to(concat_ws('|', " +
        $"coalesce(encode({row}.previous_hash, 'hex'), '-'), {row}.id::text, {row}.account_id::text, {row}.sequence::text, " +
        $"(extract(epoch FROM {row}.occurred_at) * 1000000)::bigint::text, " +
        string.Join(", ", QuotedBeforeStatus.Select(c => $"quote_nullable({row}.{c}::text)")) +
        $", {row}.status::text, " +
        string.Join(", ", QuotedAfterStatus.Select(c => $"quote_nullable({row}.{c}::text)")) +
        "), 'UTF8'))";

    private static readonly string[] QuotedBeforeStatus =
    [
        "service", "action", "target", "subject_id", "summary", "actor_kind", "actor_id", "actor_name", "on_behalf_of", "ip_address", "user_agent", "changes",
    ];

    private static readonly string[] QuotedAfterStatus = ["problem_type", "correlation_id", "trace_id"];

    /// <summary>Undoes <see cref="ChainAuditRecords"/> (before the table is dropped).</summary>
    public static void UnchainAuditRecords(this MigrationBuilder migration, string schema) =>
        migration.Sql($"""
            DROP TRIGGER audit_records_chain ON {schema}.audit_records;
            DROP FUNCTION {schema}.audit_records_chain();
            """);
}
