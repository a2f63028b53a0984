using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modellregion.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SolutionDocumentsAndPaperSolution : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "SolutionId",
                table: "Papers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SolutionDocuments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SolutionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StoredFileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    DeletedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SolutionDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SolutionDocuments_Files_StoredFileId",
                        column: x => x.StoredFileId,
                        principalTable: "Files",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SolutionDocuments_Solutions_SolutionId",
                        column: x => x.SolutionId,
                        principalTable: "Solutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Papers_SolutionId",
                table: "Papers",
                column: "SolutionId");

            migrationBuilder.CreateIndex(
                name: "IX_SolutionDocuments_SolutionId",
                table: "SolutionDocuments",
                column: "SolutionId");

            migrationBuilder.CreateIndex(
                name: "IX_SolutionDocuments_StoredFileId",
                table: "SolutionDocuments",
                column: "StoredFileId");

            migrationBuilder.AddForeignKey(
                name: "FK_Papers_Solutions_SolutionId",
                table: "Papers",
                column: "SolutionId",
                principalTable: "Solutions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Papers_Solutions_SolutionId",
                table: "Papers");

            migrationBuilder.DropTable(
                name: "SolutionDocuments");

            migrationBuilder.DropIndex(
                name: "IX_Papers_SolutionId",
                table: "Papers");

            migrationBuilder.DropColumn(
                name: "SolutionId",
                table: "Papers");
        }
    }
}
