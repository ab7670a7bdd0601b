using B2BPortal.BuildingBlocks.Audit;
﻿using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace B2BPortal.Quote.Data.Migrations
{
    /// <inheritdoc />
    public partial class Quotes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_quotes_account_id_created_at",
                schema: "quote",
                table: "quotes");

            migrationBuilder.CreateSequence(
                name: "quote_numbers",
                schema: "quote",
                startValue: 100001L);

            migrationBuilder.AlterColumn<string>(
                name: "status",
                schema: "quote",
                table: "quotes",
                type: "character varying(30)",
                maxLength: 30,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(20)",
                oldMaxLength: 20);

            migrationBuilder.AddColumn<int>(
                name: "accepted_revision",
                schema: "quote",
                table: "quotes",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "attachments",
                schema: "quote",
                table: "quotes",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "comment",
                schema: "quote",
                table: "quotes",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "company_id",
                schema: "quote",
                table: "quotes",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "expires_at",
                schema: "quote",
                table: "quotes",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "handled_by_email",
                schema: "quote",
                table: "quotes",
                type: "character varying(320)",
                maxLength: 320,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "handled_by_name",
                schema: "quote",
                table: "quotes",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "handled_by_subject",
                schema: "quote",
                table: "quotes",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "idempotency_key",
                schema: "quote",
                table: "quotes",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "lines",
                schema: "quote",
                table: "quotes",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "order_id",
                schema: "quote",
                table: "quotes",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "order_number",
                schema: "quote",
                table: "quotes",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "request_hash",
                schema: "quote",
                table: "quotes",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "requested_by_email",
                schema: "quote",
                table: "quotes",
                type: "character varying(320)",
                maxLength: 320,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "requested_by_name",
                schema: "quote",
                table: "quotes",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "requested_by_partner",
                schema: "quote",
                table: "quotes",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "requested_by_subject",
                schema: "quote",
                table: "quotes",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "requested_delivery_date",
                schema: "quote",
                table: "quotes",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ship_to_address_id",
                schema: "quote",
                table: "quotes",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "updated_at",
                schema: "quote",
                table: "quotes",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.CreateTable(
                name: "audit_records",
                schema: "quote",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<long>(type: "bigint", nullable: false),
                    previous_hash = table.Column<byte[]>(type: "bytea", nullable: true),
                    hash = table.Column<byte[]>(type: "bytea", nullable: true),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    service = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    action = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    target = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    subject_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    actor_kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    actor_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    actor_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    on_behalf_of = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ip_address = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    user_agent = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    changes = table.Column<string>(type: "jsonb", nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    problem_type = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    correlation_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    trace_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_records", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "quote_history",
                schema: "quote",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    quote_id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    from_state = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    to_state = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    party = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    actor_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: true),
                    comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_quote_history", x => x.id);
                    table.ForeignKey(
                        name: "fk_quote_history_quotes_quote_id",
                        column: x => x.quote_id,
                        principalSchema: "quote",
                        principalTable: "quotes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "quote_internal_notes",
                schema: "quote",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    quote_id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    by_subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_quote_internal_notes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "quote_revisions",
                schema: "quote",
                columns: table => new
                {
                    quote_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    staged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    staged_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    sent_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    valid_until = table.Column<DateOnly>(type: "date", nullable: true),
                    terms = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    discount_percent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    subtotal = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    discount_amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    net_amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    lines = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_quote_revisions", x => new { x.quote_id, x.number });
                    table.ForeignKey(
                        name: "fk_quote_revisions_quotes_quote_id",
                        column: x => x.quote_id,
                        principalSchema: "quote",
                        principalTable: "quotes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_quotes_account_id_updated_at",
                schema: "quote",
                table: "quotes",
                columns: new[] { "account_id", "updated_at" });

            migrationBuilder.CreateIndex(
                name: "ix_quotes_status_expires_at",
                schema: "quote",
                table: "quotes",
                columns: new[] { "status", "expires_at" },
                filter: "expires_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ux_quotes_account_id_requested_by_subject_idempotency_key",
                schema: "quote",
                table: "quotes",
                columns: new[] { "account_id", "requested_by_subject", "idempotency_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_audit_records_account_id_occurred_at",
                schema: "quote",
                table: "audit_records",
                columns: new[] { "account_id", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_records_account_id_sequence",
                schema: "quote",
                table: "audit_records",
                columns: new[] { "account_id", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_audit_records_account_id_target",
                schema: "quote",
                table: "audit_records",
                columns: new[] { "account_id", "target" });

            migrationBuilder.CreateIndex(
                name: "ix_quote_history_quote_id_at",
                schema: "quote",
                table: "quote_history",
                columns: new[] { "quote_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_quote_internal_notes_quote_id_at",
                schema: "quote",
                table: "quote_internal_notes",
                columns: new[] { "quote_id", "at" });

            migrationBuilder.ChainAuditRecords("quote");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.UnchainAuditRecords("quote");

            migrationBuilder.DropTable(
                name: "audit_records",
                schema: "quote");

            migrationBuilder.DropTable(
                name: "quote_history",
                schema: "quote");

            migrationBuilder.DropTable(
                name: "quote_internal_notes",
                schema: "quote");

            migrationBuilder.DropTable(
                name: "quote_revisions",
                schema: "quote");

            migrationBuilder.DropIndex(
                name: "ix_quotes_account_id_updated_at",
                schema: "quote",
                table: "quotes");

            migrationBuilder.DropIndex(
                name: "ix_quotes_status_expires_at",
                schema: "quote",
                table: "quotes");

            migrationBuilder.DropIndex(
                name: "ux_quotes_account_id_requested_by_subject_idempotency_key",
                schema: "quote",
                table: "quotes");

            migrationBuilder.DropColumn(
                name: "accepted_revision",
                schema: "quote",
                table: "quotes");

            migrationBuilder.DropColumn(
                name: "attachments",
                schema: "quote",
                table: "quotes");

            migrationBuilder.DropColumn(
                name: "comment",
                schema: "quote",
                table: "quotes");

            migrationBuilder.DropColumn(
                name: "company_id",
                schema: "quote",
                table: "quotes");

            migrationBuilder.DropColumn(
                name: "expires_at",
                schema: "quote",
                table: "quotes");

            migrationBuilder.DropColumn(
                name: "handled_by_email",
                schema: "quote",
                table: "quotes");

            migrationBuilder.DropColumn(
                name: "handled_by_name",
                schema: "quote",
                table: "quotes");

            migrationBuilder.DropColumn(
                name: "handled_by_subject",
                schema: "quote",
                table: "quotes");

            migrationBuilder.DropColumn(
                name: "idempotency_key",
                schema: "quote",
                table: "quotes");

            migrationBuilder.DropColumn(
                name: "lines",
                schema: "quote",
                table: "quotes");

            migrationBuilder.DropColumn(
                name: "order_id",
                schema: "quote",
                table: "quotes");

            migrationBuilder.DropColumn(
                name: "order_number",
                schema: "quote",
                table: "quotes");

            migrationBuilder.DropColumn(
                name: "request_hash",
                schema: "quote",
                table: "quotes");

            migrationBuilder.DropColumn(
                name: "requested_by_email",
                schema: "quote",
                table: "quotes");

            migrationBuilder.DropColumn(
                name: "requested_by_name",
                schema: "quote",
                table: "quotes");

            migrationBuilder.DropColumn(
                name: "requested_by_partner",
                schema: "quote",
                table: "quotes");

            migrationBuilder.DropColumn(
                name: "requested_by_subject",
                schema: "quote",
                table: "quotes");

            migrationBuilder.DropColumn(
                name: "requested_delivery_date",
                schema: "quote",
                table: "quotes");

            migrationBuilder.DropColumn(
                name: "ship_to_address_id",
                schema: "quote",
                table: "quotes");

            migrationBuilder.DropColumn(
                name: "updated_at",
                schema: "quote",
                table: "quotes");

            migrationBuilder.DropSequence(
                name: "quote_numbers",
                schema: "quote");

            migrationBuilder.AlterColumn<string>(
                name: "status",
                schema: "quote",
                table: "quotes",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(30)",
                oldMaxLength: 30);

            migrationBuilder.CreateIndex(
                name: "ix_quotes_account_id_created_at",
                schema: "quote",
                table: "quotes",
                columns: new[] { "account_id", "created_at" });
        }
    }
}
