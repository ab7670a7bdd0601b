using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace B2BPortal.Pricing.Data.Migrations
{
    /// <inheritdoc />
    public partial class ContractPriceChangedAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "changed_at",
                schema: "pricing",
                table: "contract_price",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "changed_at",
                schema: "pricing",
                table: "contract_price");
        }
    }
}
