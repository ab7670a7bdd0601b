using B2BPortal.BuildingBlocks.Data;
using B2BPortal.Order.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace B2BPortal.Order.Data.Migrations
{
    /// <summary>The lifecycle's new JSON and text columns, and the outbox's message bodies, keep no statistics either (see <see cref="ColumnStatistics"/>).</summary>
    [DbContext(typeof(OrderingDbContext))]
    [Migration("20261207180000_NoStatisticsOnLifecycleDetail")]
    public partial class NoStatisticsOnLifecycleDetail : Migration
    {
        private static readonly (string Table, string[] Columns)[] Descriptive =
        [
            ("orders", ["shipments", "invoices", "approval_steps", "cancellation_reason", "cancellation_requested_at", "invoiced_amount", "paid_amount"]),
            ("order_history", ["at", "kind", "axis", "from_state", "to_state", "detail", "actor_kind", "actor_id", "actor_name", "erp_sequence"]),
            ("erp_changes", ["kind", "erp_order_number", "detail", "changed_at", "received_at", "refusal"]),
            // Two events per order now (placed, submitted), the submitted one with every line.
            ("outbox_messages", ["body", "message_type", "trace_parent", "trace_state", "last_error"]),
        ];

        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.KeepNoStatistics("ordering", Descriptive);

        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.KeepDefaultStatistics("ordering", Descriptive);
    }
}
