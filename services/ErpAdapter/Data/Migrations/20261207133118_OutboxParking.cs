using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace B2BPortal.ErpAdapter.Data.Migrations
{
    /// <inheritdoc />
    public partial class OutboxParking : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_outbox_messages_unsent",
                schema: "erp_adapter",
                table: "outbox_messages");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "parked_at",
                schema: "erp_adapter",
                table: "outbox_messages",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_unsent",
                schema: "erp_adapter",
                table: "outbox_messages",
                column: "sequence",
                filter: "sent_at IS NULL AND parked_at IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_outbox_messages_unsent",
                schema: "erp_adapter",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "parked_at",
                schema: "erp_adapter",
                table: "outbox_messages");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_unsent",
                schema: "erp_adapter",
                table: "outbox_messages",
                column: "sequence",
                filter: "sent_at IS NULL");
        }
    }
}
