using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modellregion.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AuditRequestId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RequestId",
                table: "AuditEntries",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RequestId",
                table: "AuditEntries");
        }
    }
}
