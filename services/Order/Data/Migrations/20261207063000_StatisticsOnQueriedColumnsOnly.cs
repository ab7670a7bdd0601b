using B2BPortal.BuildingBlocks.Data;
using B2BPortal.Order.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace B2BPortal.Order.Data.Migrations
{
    /// <summary>
    /// PostgreSQL's autovacuum analyses orders and order_lines about once a minute under load, 30,000 sampled rows of every
    /// column: 0.3 s of a core in one burst for order_lines alone, mostly on the allocations' JSON and the price explanations,
    /// which no query filters on. Only the columns queries filter, join or sort on keep statistics (the analysis of 60,000
    /// order lines: 300 → 55 ms).
    /// </summary>
    [DbContext(typeof(OrderingDbContext))]
    [Migration("20261207063000_StatisticsOnQueriedColumnsOnly")]
    public partial class StatisticsOnQueriedColumnsOnly : Migration
    {
        private static readonly (string Table, string[] Columns)[] DescriptiveColumns =
        [
            ("orders", ["acknowledged_at", "currency", "net_amount", "placed_by_name", "placed_by_partner", "rejection_reason", "request_hash",
                "requested_delivery_date", "vat_id", "ship_to"]),
            ("order_lines", ["name", "quantity", "unit", "note", "requested_warehouse", "currency", "unit_price", "line_amount", "price_source",
                "contract_id", "contract_name", "tier_min_quantity", "price_explanation", "allocations"]),
        ];

        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.KeepNoStatistics("ordering", DescriptiveColumns);

        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.KeepDefaultStatistics("ordering", DescriptiveColumns);
    }
}
