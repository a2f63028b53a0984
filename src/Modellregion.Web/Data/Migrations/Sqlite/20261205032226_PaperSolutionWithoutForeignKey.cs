using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modellregion.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PaperSolutionWithoutForeignKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Papers_Solutions_SolutionId",
                table: "Papers");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddForeignKey(
                name: "FK_Papers_Solutions_SolutionId",
                table: "Papers",
                column: "SolutionId",
                principalTable: "Solutions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }
    }
}
