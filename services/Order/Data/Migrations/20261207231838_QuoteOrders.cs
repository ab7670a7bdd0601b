using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace B2BPortal.Order.Data.Migrations
{
    /// <inheritdoc />
    public partial class QuoteOrders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "quote_id",
                schema: "ordering",
                table: "orders",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "quote_number",
                schema: "ordering",
                table: "orders",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "quote_revision",
                schema: "ordering",
                table: "orders",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ux_orders_quote_id",
                schema: "ordering",
                table: "orders",
                column: "quote_id",
                unique: true,
                filter: "quote_id IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ux_orders_quote_id",
                schema: "ordering",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "quote_id",
                schema: "ordering",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "quote_number",
                schema: "ordering",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "quote_revision",
                schema: "ordering",
                table: "orders");
        }
    }
}
