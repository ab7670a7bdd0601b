using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace B2BPortal.Order.Data.Migrations
{
    /// <inheritdoc />
    public partial class ChecksPriceSnapshotsCredit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Orders placed before keys were required get their own id as key, so the new per-caller unique index holds.
            migrationBuilder.Sql("UPDATE ordering.orders SET idempotency_key = id::text WHERE idempotency_key IS NULL;");
            migrationBuilder.Sql("UPDATE ordering.orders SET request_hash = '' WHERE request_hash IS NULL;");
            migrationBuilder.DropIndex(
                name: "ux_orders_account_id_idempotency_key",
                schema: "ordering",
                table: "orders");

            migrationBuilder.AlterColumn<string>(
                name: "request_hash",
                schema: "ordering",
                table: "orders",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "rejection_reason",
                schema: "ordering",
                table: "orders",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(500)",
                oldMaxLength: 500,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "idempotency_key",
                schema: "ordering",
                table: "orders",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100,
                oldNullable: true);

            migrationBuilder.AddColumn<int>(
                name: "cart_version",
                schema: "ordering",
                table: "orders",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "company_id",
                schema: "ordering",
                table: "orders",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "currency",
                schema: "ordering",
                table: "orders",
                type: "character varying(3)",
                maxLength: 3,
                nullable: false,
                defaultValue: "EUR");

            migrationBuilder.AddColumn<decimal>(
                name: "net_amount",
                schema: "ordering",
                table: "orders",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<string>(
                name: "placed_by_name",
                schema: "ordering",
                table: "orders",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "placed_by_partner",
                schema: "ordering",
                table: "orders",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "placed_by_subject",
                schema: "ordering",
                table: "orders",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "requested_delivery_date",
                schema: "ordering",
                table: "orders",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ship_to",
                schema: "ordering",
                table: "orders",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "source",
                schema: "ordering",
                table: "orders",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "api");

            migrationBuilder.AddColumn<string>(
                name: "vat_id",
                schema: "ordering",
                table: "orders",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "line_number",
                schema: "ordering",
                table: "order_lines",
                type: "integer",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "integer")
                .OldAnnotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

            migrationBuilder.AddColumn<string>(
                name: "allocations",
                schema: "ordering",
                table: "order_lines",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "contract_id",
                schema: "ordering",
                table: "order_lines",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "contract_name",
                schema: "ordering",
                table: "order_lines",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "currency",
                schema: "ordering",
                table: "order_lines",
                type: "character varying(3)",
                maxLength: 3,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<decimal>(
                name: "line_amount",
                schema: "ordering",
                table: "order_lines",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<string>(
                name: "name",
                schema: "ordering",
                table: "order_lines",
                type: "character varying(300)",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "note",
                schema: "ordering",
                table: "order_lines",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "price_explanation",
                schema: "ordering",
                table: "order_lines",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "price_source",
                schema: "ordering",
                table: "order_lines",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "requested_warehouse",
                schema: "ordering",
                table: "order_lines",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "tier_min_quantity",
                schema: "ordering",
                table: "order_lines",
                type: "numeric(18,3)",
                precision: 18,
                scale: 3,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "unit",
                schema: "ordering",
                table: "order_lines",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<decimal>(
                name: "unit_price",
                schema: "ordering",
                table: "order_lines",
                type: "numeric(18,4)",
                precision: 18,
                scale: 4,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.CreateTable(
                name: "credit_accounts",
                schema: "ordering",
                columns: table => new
                {
                    company_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<long>(type: "bigint", nullable: false),
                    credit_limit = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    open_receivables = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    on_hold = table.Column<bool>(type: "boolean", nullable: false),
                    hold_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    credit_contact = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_credit_accounts", x => x.company_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_orders_account_id_purchase_order_number",
                schema: "ordering",
                table: "orders",
                columns: new[] { "account_id", "purchase_order_number" });

            migrationBuilder.CreateIndex(
                name: "ix_orders_company_id_status",
                schema: "ordering",
                table: "orders",
                columns: new[] { "company_id", "status" })
                .Annotation("Npgsql:IndexInclude", new[] { "currency", "net_amount" });

            migrationBuilder.CreateIndex(
                name: "ux_orders_account_id_placed_by_subject_cart_version",
                schema: "ordering",
                table: "orders",
                columns: new[] { "account_id", "placed_by_subject", "cart_version" },
                unique: true,
                filter: "cart_version IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ux_orders_account_id_placed_by_subject_idempotency_key",
                schema: "ordering",
                table: "orders",
                columns: new[] { "account_id", "placed_by_subject", "idempotency_key" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "credit_accounts",
                schema: "ordering");

            migrationBuilder.DropIndex(
                name: "ix_orders_account_id_purchase_order_number",
                schema: "ordering",
                table: "orders");

            migrationBuilder.DropIndex(
                name: "ix_orders_company_id_status",
                schema: "ordering",
                table: "orders");

            migrationBuilder.DropIndex(
                name: "ux_orders_account_id_placed_by_subject_cart_version",
                schema: "ordering",
                table: "orders");

            migrationBuilder.DropIndex(
                name: "ux_orders_account_id_placed_by_subject_idempotency_key",
                schema: "ordering",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "cart_version",
                schema: "ordering",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "company_id",
                schema: "ordering",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "currency",
                schema: "ordering",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "net_amount",
                schema: "ordering",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "placed_by_name",
                schema: "ordering",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "placed_by_partner",
                schema: "ordering",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "placed_by_subject",
                schema: "ordering",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "requested_delivery_date",
                schema: "ordering",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "ship_to",
                schema: "ordering",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "source",
                schema: "ordering",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "vat_id",
                schema: "ordering",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "allocations",
                schema: "ordering",
                table: "order_lines");

            migrationBuilder.DropColumn(
                name: "contract_id",
                schema: "ordering",
                table: "order_lines");

            migrationBuilder.DropColumn(
                name: "contract_name",
                schema: "ordering",
                table: "order_lines");

            migrationBuilder.DropColumn(
                name: "currency",
                schema: "ordering",
                table: "order_lines");

            migrationBuilder.DropColumn(
                name: "line_amount",
                schema: "ordering",
                table: "order_lines");

            migrationBuilder.DropColumn(
                name: "name",
                schema: "ordering",
                table: "order_lines");

            migrationBuilder.DropColumn(
                name: "note",
                schema: "ordering",
                table: "order_lines");

            migrationBuilder.DropColumn(
                name: "price_explanation",
                schema: "ordering",
                table: "order_lines");

            migrationBuilder.DropColumn(
                name: "price_source",
                schema: "ordering",
                table: "order_lines");

            migrationBuilder.DropColumn(
                name: "requested_warehouse",
                schema: "ordering",
                table: "order_lines");

            migrationBuilder.DropColumn(
                name: "tier_min_quantity",
                schema: "ordering",
                table: "order_lines");

            migrationBuilder.DropColumn(
                name: "unit",
                schema: "ordering",
                table: "order_lines");

            migrationBuilder.DropColumn(
                name: "unit_price",
                schema: "ordering",
                table: "order_lines");

            migrationBuilder.AlterColumn<string>(
                name: "request_hash",
                schema: "ordering",
                table: "orders",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64);

            migrationBuilder.AlterColumn<string>(
                name: "rejection_reason",
                schema: "ordering",
                table: "orders",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(2000)",
                oldMaxLength: 2000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "idempotency_key",
                schema: "ordering",
                table: "orders",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100);

            migrationBuilder.AlterColumn<int>(
                name: "line_number",
                schema: "ordering",
                table: "order_lines",
                type: "integer",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "integer")
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

            migrationBuilder.CreateIndex(
                name: "ux_orders_account_id_idempotency_key",
                schema: "ordering",
                table: "orders",
                columns: new[] { "account_id", "idempotency_key" },
                unique: true);
        }
    }
}
