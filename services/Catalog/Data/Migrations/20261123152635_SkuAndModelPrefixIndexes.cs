using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace B2BPortal.Catalog.Data.Migrations
{
    /// <inheritdoc />
    public partial class SkuAndModelPrefixIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_products_equipment_model1",
                schema: "catalog",
                table: "products",
                column: "equipment_model")
                .Annotation("Npgsql:IndexOperators", new[] { "text_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_products_sku",
                schema: "catalog",
                table: "products",
                column: "sku")
                .Annotation("Npgsql:IndexOperators", new[] { "text_pattern_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_products_equipment_model1",
                schema: "catalog",
                table: "products");

            migrationBuilder.DropIndex(
                name: "ix_products_sku",
                schema: "catalog",
                table: "products");
        }
    }
}
