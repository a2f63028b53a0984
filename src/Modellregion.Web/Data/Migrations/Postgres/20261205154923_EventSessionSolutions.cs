using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modellregion.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class EventSessionSolutions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EventSessionSolutions",
                columns: table => new
                {
                    EventSessionId = table.Column<int>(type: "integer", nullable: false),
                    SolutionId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventSessionSolutions", x => new { x.EventSessionId, x.SolutionId });
                    table.ForeignKey(
                        name: "FK_EventSessionSolutions_EventSessions_EventSessionId",
                        column: x => x.EventSessionId,
                        principalTable: "EventSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EventSessionSolutions_SolutionId",
                table: "EventSessionSolutions",
                column: "SolutionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EventSessionSolutions");
        }
    }
}
