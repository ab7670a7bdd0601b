using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace B2BPortal.Order.Data.Migrations
{
    /// <inheritdoc />
    public partial class OrderLifecycleAxesHistoryErpChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_orders_company_id_status",
                schema: "ordering",
                table: "orders");

            migrationBuilder.RenameColumn(
                name: "status",
                schema: "ordering",
                table: "orders",
                newName: "process_status");

            migrationBuilder.AddColumn<string>(
                name: "validation_status",
                schema: "ordering",
                table: "orders",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "cancellation_reason",
                schema: "ordering",
                table: "orders",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "cancellation_requested_at",
                schema: "ordering",
                table: "orders",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "erp_sequence",
                schema: "ordering",
                table: "orders",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<decimal>(
                name: "invoiced_amount",
                schema: "ordering",
                table: "orders",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<string>(
                name: "invoices",
                schema: "ordering",
                table: "orders",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "paid_amount",
                schema: "ordering",
                table: "orders",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<string>(
                name: "payment_status",
                schema: "ordering",
                table: "orders",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");


            migrationBuilder.AddColumn<string>(
                name: "shipments",
                schema: "ordering",
                table: "orders",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "backordered_quantity",
                schema: "ordering",
                table: "order_lines",
                type: "numeric(18,3)",
                precision: 18,
                scale: 3,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<DateOnly>(
                name: "revised_delivery_date",
                schema: "ordering",
                table: "order_lines",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "shipped_quantity",
                schema: "ordering",
                table: "order_lines",
                type: "numeric(18,3)",
                precision: 18,
                scale: 3,
                nullable: false,
                defaultValue: 0m);

            // Orders placed before the three axes: every one was approved (no rules existed); "Acknowledged" is Submitted with an
            // ERP order number, and "Rejected" (by the ERP) is Cancelled.
            migrationBuilder.Sql("""
                UPDATE ordering.orders SET
                    validation_status = 'Approved',
                    payment_status = 'NotInvoiced',
                    cancellation_reason = CASE WHEN process_status = 'Rejected' THEN left('The ERP refused the order: ' || coalesce(rejection_reason, ''), 500) END,
                    process_status = CASE process_status WHEN 'Rejected' THEN 'Cancelled' ELSE 'Submitted' END;
                """);

            migrationBuilder.CreateTable(
                name: "erp_changes",
                schema: "ordering",
                columns: table => new
                {
                    order_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    erp_order_number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    detail = table.Column<string>(type: "jsonb", nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    applied_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    refusal = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_erp_changes", x => new { x.order_id, x.sequence });
                });

            migrationBuilder.CreateTable(
                name: "order_history",
                schema: "ordering",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    order_id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    axis = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    from_state = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    to_state = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    detail = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    actor_kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    actor_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    actor_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    erp_sequence = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_order_history", x => x.id);
                    table.ForeignKey(
                        name: "fk_order_history_orders_order_id",
                        column: x => x.order_id,
                        principalSchema: "ordering",
                        principalTable: "orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_orders_company_id_process_status",
                schema: "ordering",
                table: "orders",
                columns: new[] { "company_id", "process_status" })
                .Annotation("Npgsql:IndexInclude", new[] { "currency", "net_amount", "invoiced_amount" });

            migrationBuilder.CreateIndex(
                name: "ix_order_history_order_id_id",
                schema: "ordering",
                table: "order_history",
                columns: new[] { "order_id", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "erp_changes",
                schema: "ordering");

            migrationBuilder.DropTable(
                name: "order_history",
                schema: "ordering");

            migrationBuilder.DropIndex(
                name: "ix_orders_company_id_process_status",
                schema: "ordering",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "cancellation_reason",
                schema: "ordering",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "cancellation_requested_at",
                schema: "ordering",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "erp_sequence",
                schema: "ordering",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "invoiced_amount",
                schema: "ordering",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "invoices",
                schema: "ordering",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "paid_amount",
                schema: "ordering",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "payment_status",
                schema: "ordering",
                table: "orders");


            migrationBuilder.DropColumn(
                name: "shipments",
                schema: "ordering",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "backordered_quantity",
                schema: "ordering",
                table: "order_lines");

            migrationBuilder.DropColumn(
                name: "revised_delivery_date",
                schema: "ordering",
                table: "order_lines");

            migrationBuilder.DropColumn(
                name: "shipped_quantity",
                schema: "ordering",
                table: "order_lines");

            migrationBuilder.DropColumn(
                name: "validation_status",
                schema: "ordering",
                table: "orders");

            migrationBuilder.RenameColumn(
                name: "process_status",
                schema: "ordering",
                table: "orders",
                newName: "status");

            migrationBuilder.CreateIndex(
                name: "ix_orders_company_id_status",
                schema: "ordering",
                table: "orders",
                columns: new[] { "company_id", "status" })
                .Annotation("Npgsql:IndexInclude", new[] { "currency", "net_amount" });
        }
    }
}
