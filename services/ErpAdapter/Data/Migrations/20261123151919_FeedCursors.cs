using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace B2BPortal.ErpAdapter.Data.Migrations
{
    /// <inheritdoc />
    public partial class FeedCursors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "feed_cursors",
                schema: "erp_adapter",
                columns: table => new
                {
                    feed = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    position = table.Column<long>(type: "bigint", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_feed_cursors", x => x.feed);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "feed_cursors",
                schema: "erp_adapter");
        }
    }
}
