using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace B2BPortal.Order.Data.Migrations
{
    /// <inheritdoc />
    public partial class CreditBookingAndPurchaseOrderReferences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "not_yet_invoiced",
                schema: "ordering",
                table: "credit_accounts",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.CreateTable(
                name: "purchase_order_references",
                schema: "ordering",
                columns: table => new
                {
                    account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: false),
                    order_number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    used_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_purchase_order_references", x => new { x.account_id, x.number });
                });

            // The running sum starts from the orders already placed, and references already used stay taken.
            migrationBuilder.Sql("""
                UPDATE ordering.credit_accounts c SET not_yet_invoiced = COALESCE((
                    SELECT sum(o.net_amount) FROM ordering.orders o
                    WHERE o.company_id = c.company_id AND o.status <> 'Rejected' AND o.currency = c.currency), 0);
                INSERT INTO ordering.purchase_order_references (account_id, number, order_number, used_at)
                SELECT DISTINCT ON (account_id, purchase_order_number) account_id, purchase_order_number, number, submitted_at
                FROM ordering.orders WHERE purchase_order_number IS NOT NULL
                ORDER BY account_id, purchase_order_number, submitted_at;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "purchase_order_references",
                schema: "ordering");

            migrationBuilder.DropColumn(
                name: "not_yet_invoiced",
                schema: "ordering",
                table: "credit_accounts");
        }
    }
}
