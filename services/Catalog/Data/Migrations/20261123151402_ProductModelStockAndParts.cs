using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace B2BPortal.Catalog.Data.Migrations
{
    /// <inheritdoc />
    public partial class ProductModelStockAndParts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "attributes",
                schema: "catalog",
                table: "products",
                type: "jsonb",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.AddColumn<string>(
                name: "category_code",
                schema: "catalog",
                table: "products",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "category_path",
                schema: "catalog",
                table: "products",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "equipment_model",
                schema: "catalog",
                table: "products",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "lifecycle",
                schema: "catalog",
                table: "products",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "media",
                schema: "catalog",
                table: "products",
                type: "jsonb",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<decimal>(
                name: "minimum_order_quantity",
                schema: "catalog",
                table: "products",
                type: "numeric",
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<int>(
                name: "pack_size",
                schema: "catalog",
                table: "products",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "pallet_quantity",
                schema: "catalog",
                table: "products",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "search_vector",
                schema: "catalog",
                table: "products",
                type: "tsvector",
                nullable: false)
                .Annotation("Npgsql:TsVectorConfig", "simple")
                .Annotation("Npgsql:TsVectorProperties", new[] { "sku", "name", "description", "equipment_model" });

            migrationBuilder.AddColumn<string>(
                name: "successor_sku",
                schema: "catalog",
                table: "products",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "categories",
                schema: "catalog",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    path = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    parent_code = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_categories", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "compatibilities",
                schema: "catalog",
                columns: table => new
                {
                    sku = table.Column<string>(type: "text", nullable: false),
                    equipment_model = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_compatibilities", x => new { x.sku, x.equipment_model });
                });

            migrationBuilder.CreateTable(
                name: "service_parts",
                schema: "catalog",
                columns: table => new
                {
                    equipment_model = table.Column<string>(type: "text", nullable: false),
                    position = table.Column<string>(type: "text", nullable: false),
                    part_sku = table.Column<string>(type: "text", nullable: false),
                    quantity = table.Column<decimal>(type: "numeric", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_service_parts", x => new { x.equipment_model, x.position });
                });

            migrationBuilder.CreateTable(
                name: "stock_levels",
                schema: "catalog",
                columns: table => new
                {
                    sku = table.Column<string>(type: "text", nullable: false),
                    warehouse = table.Column<string>(type: "text", nullable: false),
                    quantity = table.Column<decimal>(type: "numeric", nullable: false),
                    confirmed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stock_levels", x => new { x.sku, x.warehouse });
                });

            migrationBuilder.CreateTable(
                name: "warehouses",
                schema: "catalog",
                columns: table => new
                {
                    code = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_warehouses", x => x.code);
                });

            migrationBuilder.CreateIndex(
                name: "ix_products_attributes",
                schema: "catalog",
                table: "products",
                column: "attributes")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "jsonb_path_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_products_category_code_sku",
                schema: "catalog",
                table: "products",
                columns: new[] { "category_code", "sku" });

            migrationBuilder.CreateIndex(
                name: "ix_products_equipment_model",
                schema: "catalog",
                table: "products",
                column: "equipment_model",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_products_search_vector",
                schema: "catalog",
                table: "products",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_compatibilities_equipment_model",
                schema: "catalog",
                table: "compatibilities",
                column: "equipment_model");

            migrationBuilder.CreateIndex(
                name: "ix_service_parts_part_sku",
                schema: "catalog",
                table: "service_parts",
                column: "part_sku");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "categories",
                schema: "catalog");

            migrationBuilder.DropTable(
                name: "compatibilities",
                schema: "catalog");

            migrationBuilder.DropTable(
                name: "service_parts",
                schema: "catalog");

            migrationBuilder.DropTable(
                name: "stock_levels",
                schema: "catalog");

            migrationBuilder.DropTable(
                name: "warehouses",
                schema: "catalog");

            migrationBuilder.DropIndex(
                name: "ix_products_attributes",
                schema: "catalog",
                table: "products");

            migrationBuilder.DropIndex(
                name: "ix_products_category_code_sku",
                schema: "catalog",
                table: "products");

            migrationBuilder.DropIndex(
                name: "ix_products_equipment_model",
                schema: "catalog",
                table: "products");

            migrationBuilder.DropIndex(
                name: "ix_products_search_vector",
                schema: "catalog",
                table: "products");

            migrationBuilder.DropColumn(
                name: "attributes",
                schema: "catalog",
                table: "products");

            migrationBuilder.DropColumn(
                name: "category_code",
                schema: "catalog",
                table: "products");

            migrationBuilder.DropColumn(
                name: "category_path",
                schema: "catalog",
                table: "products");

            migrationBuilder.DropColumn(
                name: "equipment_model",
                schema: "catalog",
                table: "products");

            migrationBuilder.DropColumn(
                name: "lifecycle",
                schema: "catalog",
                table: "products");

            migrationBuilder.DropColumn(
                name: "media",
                schema: "catalog",
                table: "products");

            migrationBuilder.DropColumn(
                name: "minimum_order_quantity",
                schema: "catalog",
                table: "products");

            migrationBuilder.DropColumn(
                name: "pack_size",
                schema: "catalog",
                table: "products");

            migrationBuilder.DropColumn(
                name: "pallet_quantity",
                schema: "catalog",
                table: "products");

            migrationBuilder.DropColumn(
                name: "search_vector",
                schema: "catalog",
                table: "products");

            migrationBuilder.DropColumn(
                name: "successor_sku",
                schema: "catalog",
                table: "products");
        }
    }
}
