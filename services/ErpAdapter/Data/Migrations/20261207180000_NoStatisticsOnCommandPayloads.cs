using B2BPortal.BuildingBlocks.Data;
using B2BPortal.ErpAdapter.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace B2BPortal.ErpAdapter.Data.Migrations
{
    /// <summary>A command's payload (a whole order with its lines), its texts and the outbox's message bodies keep no statistics (see <see cref="ColumnStatistics"/>).</summary>
    [DbContext(typeof(ErpAdapterDbContext))]
    [Migration("20261207180000_NoStatisticsOnCommandPayloads")]
    public partial class NoStatisticsOnCommandPayloads : Migration
    {
        private static readonly string[] Descriptive = ["kind", "payload", "trace_parent", "trace_state", "created_at", "attempts", "last_error", "outcome"];

        private static readonly string[] OutboxDescriptive = ["body", "message_type", "trace_parent", "trace_state", "last_error"];

        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.KeepNoStatistics("erp_adapter", "erp_commands", Descriptive);
            migrationBuilder.KeepNoStatistics("erp_adapter", "outbox_messages", OutboxDescriptive);
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.KeepDefaultStatistics("erp_adapter", "erp_commands", Descriptive);
            migrationBuilder.KeepDefaultStatistics("erp_adapter", "outbox_messages", OutboxDescriptive);
        }
    }
}
