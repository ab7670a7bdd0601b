using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace B2BPortal.Cart.Data.Migrations
{
    /// <inheritdoc />
    public partial class PerCallerCartsAndImports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_cart_lines_carts_account_id",
                schema: "cart",
                table: "cart_lines");

            migrationBuilder.DropPrimaryKey(
                name: "pk_carts",
                schema: "cart",
                table: "carts");

            migrationBuilder.DropPrimaryKey(
                name: "pk_cart_lines",
                schema: "cart",
                table: "cart_lines");

            migrationBuilder.AddColumn<string>(
                name: "owner",
                schema: "cart",
                table: "carts",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "version",
                schema: "cart",
                table: "carts",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "owner",
                schema: "cart",
                table: "cart_lines",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "added_at",
                schema: "cart",
                table: "cart_lines",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<string>(
                name: "note",
                schema: "cart",
                table: "cart_lines",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "warehouse",
                schema: "cart",
                table: "cart_lines",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddPrimaryKey(
                name: "pk_carts",
                schema: "cart",
                table: "carts",
                columns: new[] { "account_id", "owner" });

            migrationBuilder.AddPrimaryKey(
                name: "pk_cart_lines",
                schema: "cart",
                table: "cart_lines",
                columns: new[] { "account_id", "owner", "sku" });

            migrationBuilder.CreateTable(
                name: "cart_imports",
                schema: "cart",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    owner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    applied_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    rows = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cart_imports", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_cart_imports_account_id_owner_created_at",
                schema: "cart",
                table: "cart_imports",
                columns: new[] { "account_id", "owner", "created_at" });

            migrationBuilder.AddForeignKey(
                name: "fk_cart_lines_carts_account_id_owner",
                schema: "cart",
                table: "cart_lines",
                columns: new[] { "account_id", "owner" },
                principalSchema: "cart",
                principalTable: "carts",
                principalColumns: new[] { "account_id", "owner" },
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_cart_lines_carts_account_id_owner",
                schema: "cart",
                table: "cart_lines");

            migrationBuilder.DropTable(
                name: "cart_imports",
                schema: "cart");

            migrationBuilder.DropPrimaryKey(
                name: "pk_carts",
                schema: "cart",
                table: "carts");

            migrationBuilder.DropPrimaryKey(
                name: "pk_cart_lines",
                schema: "cart",
                table: "cart_lines");

            migrationBuilder.DropColumn(
                name: "owner",
                schema: "cart",
                table: "carts");

            migrationBuilder.DropColumn(
                name: "version",
                schema: "cart",
                table: "carts");

            migrationBuilder.DropColumn(
                name: "owner",
                schema: "cart",
                table: "cart_lines");

            migrationBuilder.DropColumn(
                name: "added_at",
                schema: "cart",
                table: "cart_lines");

            migrationBuilder.DropColumn(
                name: "note",
                schema: "cart",
                table: "cart_lines");

            migrationBuilder.DropColumn(
                name: "warehouse",
                schema: "cart",
                table: "cart_lines");

            migrationBuilder.AddPrimaryKey(
                name: "pk_carts",
                schema: "cart",
                table: "carts",
                column: "account_id");

            migrationBuilder.AddPrimaryKey(
                name: "pk_cart_lines",
                schema: "cart",
                table: "cart_lines",
                columns: new[] { "account_id", "sku" });

            migrationBuilder.AddForeignKey(
                name: "fk_cart_lines_carts_account_id",
                schema: "cart",
                table: "cart_lines",
                column: "account_id",
                principalSchema: "cart",
                principalTable: "carts",
                principalColumn: "account_id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
