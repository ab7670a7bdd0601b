using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace B2BPortal.ErpSimulator.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "erp");

            migrationBuilder.CreateSequence(
                name: "sales_order_numbers",
                schema: "erp",
                startValue: 500001L);

            migrationBuilder.CreateTable(
                name: "sales_orders",
                schema: "erp",
                columns: table => new
                {
                    number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    idempotency_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    portal_order_id = table.Column<Guid>(type: "uuid", nullable: false),
                    portal_order_number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    customer_account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    customer_purchase_order = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    lines = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sales_orders", x => x.number);
                });

            migrationBuilder.CreateIndex(
                name: "ux_sales_orders_idempotency_key",
                schema: "erp",
                table: "sales_orders",
                column: "idempotency_key",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sales_orders",
                schema: "erp");

            migrationBuilder.DropSequence(
                name: "sales_order_numbers",
                schema: "erp");
        }
    }
}
