using B2BPortal.BuildingBlocks.Data;
using B2BPortal.ErpSimulator.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace B2BPortal.ErpSimulator.Data.Migrations
{
    /// <summary>The feed's change details and a sales order's shipments keep no statistics (see <see cref="ColumnStatistics"/>).</summary>
    [DbContext(typeof(ErpDbContext))]
    [Migration("20261207180000_NoStatisticsOnChangeDetail")]
    public partial class NoStatisticsOnChangeDetail : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.KeepNoStatistics(ErpDbContext.Schema, "sales_order_changes", "kind", "detail", "changed_at", "portal_order_number");
            migrationBuilder.KeepNoStatistics(ErpDbContext.Schema, "sales_orders", "shipments");
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.KeepDefaultStatistics(ErpDbContext.Schema, "sales_order_changes", "kind", "detail", "changed_at", "portal_order_number");
            migrationBuilder.KeepDefaultStatistics(ErpDbContext.Schema, "sales_orders", "shipments");
        }
    }
}
