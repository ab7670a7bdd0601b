using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace B2BPortal.ErpSimulator.Data.Migrations
{
    /// <inheritdoc />
    public partial class SalesOrderLifecycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "currency",
                schema: "erp",
                table: "sales_orders",
                type: "character varying(3)",
                maxLength: 3,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "invoice_number",
                schema: "erp",
                table: "sales_orders",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "invoiced_amount",
                schema: "erp",
                table: "sales_orders",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<int>(
                name: "last_sequence",
                schema: "erp",
                table: "sales_orders",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<decimal>(
                name: "net_amount",
                schema: "erp",
                table: "sales_orders",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "next_step_at",
                schema: "erp",
                table: "sales_orders",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "overdue",
                schema: "erp",
                table: "sales_orders",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<decimal>(
                name: "paid_amount",
                schema: "erp",
                table: "sales_orders",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<string>(
                name: "scenario",
                schema: "erp",
                table: "sales_orders",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "script_step",
                schema: "erp",
                table: "sales_orders",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "shipments",
                schema: "erp",
                table: "sales_orders",
                type: "jsonb",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "sales_order_changes",
                schema: "erp",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    sales_order_number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    portal_order_id = table.Column<Guid>(type: "uuid", nullable: false),
                    portal_order_number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    customer_account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    order_sequence = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    detail = table.Column<string>(type: "jsonb", nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sales_order_changes", x => x.sequence);
                });

            migrationBuilder.CreateIndex(
                name: "ix_sales_orders_next_step_at",
                schema: "erp",
                table: "sales_orders",
                column: "next_step_at",
                filter: "next_step_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_sales_orders_portal_order_id",
                schema: "erp",
                table: "sales_orders",
                column: "portal_order_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sales_order_changes",
                schema: "erp");

            migrationBuilder.DropIndex(
                name: "ix_sales_orders_next_step_at",
                schema: "erp",
                table: "sales_orders");

            migrationBuilder.DropIndex(
                name: "ix_sales_orders_portal_order_id",
                schema: "erp",
                table: "sales_orders");

            migrationBuilder.DropColumn(
                name: "currency",
                schema: "erp",
                table: "sales_orders");

            migrationBuilder.DropColumn(
                name: "invoice_number",
                schema: "erp",
                table: "sales_orders");

            migrationBuilder.DropColumn(
                name: "invoiced_amount",
                schema: "erp",
                table: "sales_orders");

            migrationBuilder.DropColumn(
                name: "last_sequence",
                schema: "erp",
                table: "sales_orders");

            migrationBuilder.DropColumn(
                name: "net_amount",
                schema: "erp",
                table: "sales_orders");

            migrationBuilder.DropColumn(
                name: "next_step_at",
                schema: "erp",
                table: "sales_orders");

            migrationBuilder.DropColumn(
                name: "overdue",
                schema: "erp",
                table: "sales_orders");

            migrationBuilder.DropColumn(
                name: "paid_amount",
                schema: "erp",
                table: "sales_orders");

            migrationBuilder.DropColumn(
                name: "scenario",
                schema: "erp",
                table: "sales_orders");

            migrationBuilder.DropColumn(
                name: "script_step",
                schema: "erp",
                table: "sales_orders");

            migrationBuilder.DropColumn(
                name: "shipments",
                schema: "erp",
                table: "sales_orders");
        }
    }
}
