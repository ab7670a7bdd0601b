using B2BPortal.BuildingBlocks.Data;
using Microsoft.EntityFrameworkCore.Migrations;

namespace B2BPortal.BuildingBlocks.Audit;

/// <summary>
/// What makes a service's <c>audit_records</c> a trail: the database, not the application, numbers each record in its account's chain
/// and hashes it over the previous one (a trigger, under a per-account transaction lock, so concurrent writers queue instead of
/// forking the chain), and the service's own role loses UPDATE, DELETE and TRUNCATE on the table (an owner may revoke its own
/// privileges; getting them back takes a deliberate GRANT, and the chain still shows what was changed). Verification recomputes
/// every hash with the same function (<see cref="AuditVerifier"/>).
/// </summary>
public static class AuditChainSql
{
    /// <summary>In a migration, after the table is created.</summary>
    public static void ChainAuditRecords(this MigrationBuilder migration, string schema)
    {
        migration.Sql($"""
            CREATE FUNCTION {schema}.audit_record_hash(r {schema}.audit_records) RETURNS bytea
            LANGUAGE sql IMMUTABLE AS $$
              SELECT sha256(convert_to(concat_ws('|',
                coalesce(encode(r.previous_hash, 'hex'), '-'), r.id::text, r.account_id::text, r.sequence::text,
                (extract(epoch FROM r.occurred_at) * 1000000)::bigint::text,
                quote_nullable(r.service), quote_nullable(r.action), quote_nullable(r.target), quote_nullable(r.subject_id),
                quote_nullable(r.summary), quote_nullable(r.actor_kind), quote_nullable(r.actor_id), quote_nullable(r.actor_name),
                quote_nullable(r.on_behalf_of), quote_nullable(r.ip_address), quote_nullable(r.user_agent), quote_nullable(r.changes::text),
                r.status::text, quote_nullable(r.problem_type), quote_nullable(r.correlation_id), quote_nullable(r.trace_id)), 'UTF8'))
            $$;

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
              NEW.hash := {schema}.audit_record_hash(NEW);
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

    /// <summary>Undoes <see cref="ChainAuditRecords"/> (before the table is dropped).</summary>
    public static void UnchainAuditRecords(this MigrationBuilder migration, string schema) =>
        migration.Sql($"""
            DROP TRIGGER audit_records_chain ON {schema}.audit_records;
            DROP FUNCTION {schema}.audit_records_chain();
            DROP FUNCTION {schema}.audit_record_hash({schema}.audit_records);
            """);
}
