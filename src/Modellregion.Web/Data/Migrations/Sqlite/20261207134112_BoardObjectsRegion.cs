using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modellregion.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class BoardObjectsRegion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "RegionId",
                table: "Papers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RegionId",
                table: "PaperFiles",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RegionId",
                table: "Meetings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RegionId",
                table: "AgendaItems",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Existing objects take the region of their board (the same statement on both providers).
            migrationBuilder.Sql("""UPDATE "Meetings" SET "RegionId" = (SELECT b."RegionId" FROM "Boards" AS b WHERE b."Id" = "Meetings"."BoardId");""");
            migrationBuilder.Sql("""UPDATE "Papers" SET "RegionId" = (SELECT b."RegionId" FROM "Boards" AS b WHERE b."Id" = "Papers"."BoardId");""");
            migrationBuilder.Sql("""UPDATE "AgendaItems" SET "RegionId" = (SELECT m."RegionId" FROM "Meetings" AS m WHERE m."Id" = "AgendaItems"."MeetingId");""");
            migrationBuilder.Sql("""UPDATE "PaperFiles" SET "RegionId" = (SELECT p."RegionId" FROM "Papers" AS p WHERE p."Id" = "PaperFiles"."PaperId");""");

            migrationBuilder.CreateIndex(
                name: "IX_Papers_RegionId_Id",
                table: "Papers",
                columns: new[] { "RegionId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_PaperFiles_RegionId_Id",
                table: "PaperFiles",
                columns: new[] { "RegionId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_RegionId_Id",
                table: "Meetings",
                columns: new[] { "RegionId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItems_RegionId_Id",
                table: "AgendaItems",
                columns: new[] { "RegionId", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Papers_RegionId_Id",
                table: "Papers");

            migrationBuilder.DropIndex(
                name: "IX_PaperFiles_RegionId_Id",
                table: "PaperFiles");

            migrationBuilder.DropIndex(
                name: "IX_Meetings_RegionId_Id",
                table: "Meetings");

            migrationBuilder.DropIndex(
                name: "IX_AgendaItems_RegionId_Id",
                table: "AgendaItems");

            migrationBuilder.DropColumn(
                name: "RegionId",
                table: "Papers");

            migrationBuilder.DropColumn(
                name: "RegionId",
                table: "PaperFiles");

            migrationBuilder.DropColumn(
                name: "RegionId",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "RegionId",
                table: "AgendaItems");
        }
    }
}
