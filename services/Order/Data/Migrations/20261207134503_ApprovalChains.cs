using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace B2BPortal.Order.Data.Migrations
{
    /// <inheritdoc />
    public partial class ApprovalChains : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "approval_expires_at",
                schema: "ordering",
                table: "orders",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "approval_steps",
                schema: "ordering",
                table: "orders",
                type: "jsonb",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_orders_process_status_approval_expires_at",
                schema: "ordering",
                table: "orders",
                columns: new[] { "process_status", "approval_expires_at" },
                filter: "approval_expires_at IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_orders_process_status_approval_expires_at",
                schema: "ordering",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "approval_expires_at",
                schema: "ordering",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "approval_steps",
                schema: "ordering",
                table: "orders");
        }
    }
}
