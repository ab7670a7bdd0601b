using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace B2BPortal.ErpSimulator.Data.Migrations
{
    /// <inheritdoc />
    public partial class CustomerCreditAndLineSites : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
