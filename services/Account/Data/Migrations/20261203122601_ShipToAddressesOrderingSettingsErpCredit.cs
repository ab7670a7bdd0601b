using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace B2BPortal.Account.Data.Migrations
{
    /// <inheritdoc />
    public partial class ShipToAddressesOrderingSettingsErpCredit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "allow_backorders",
                schema: "account",
                table: "accounts",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "credit_confirmed_by_erp_at",
                schema: "account",
                table: "accounts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "erp_credit_sequence",
                schema: "account",
                table: "accounts",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "purchase_order_hint",
                schema: "account",
                table: "accounts",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "purchase_order_pattern",
                schema: "account",
                table: "accounts",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "purchase_order_required",
                schema: "account",
                table: "accounts",
                type: "boolean",
                nullable: false,
                // Existing companies keep the behaviour the portal had: a reference is expected and used once.
                defaultValue: true);

            migrationBuilder.AddColumn<bool>(
                name: "unique_purchase_orders",
                schema: "account",
                table: "accounts",
                type: "boolean",
                nullable: false,
                // Existing companies keep the behaviour the portal had: a reference is expected and used once.
                defaultValue: true);

            migrationBuilder.CreateTable(
                name: "ship_to_addresses",
                schema: "account",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    label = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    recipient = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    street = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    postal_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    is_default = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ship_to_addresses", x => x.id);
                    table.ForeignKey(
                        name: "fk_ship_to_addresses_accounts_account_id",
                        column: x => x.account_id,
                        principalSchema: "account",
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_ship_to_addresses_account_id",
                schema: "account",
                table: "ship_to_addresses",
                column: "account_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ship_to_addresses",
                schema: "account");

            migrationBuilder.DropColumn(
                name: "allow_backorders",
                schema: "account",
                table: "accounts");

            migrationBuilder.DropColumn(
                name: "credit_confirmed_by_erp_at",
                schema: "account",
                table: "accounts");

            migrationBuilder.DropColumn(
                name: "erp_credit_sequence",
                schema: "account",
                table: "accounts");

            migrationBuilder.DropColumn(
                name: "purchase_order_hint",
                schema: "account",
                table: "accounts");

            migrationBuilder.DropColumn(
                name: "purchase_order_pattern",
                schema: "account",
                table: "accounts");

            migrationBuilder.DropColumn(
                name: "purchase_order_required",
                schema: "account",
                table: "accounts");

            migrationBuilder.DropColumn(
                name: "unique_purchase_orders",
                schema: "account",
                table: "accounts");
        }
    }
}
