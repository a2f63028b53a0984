using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modellregion.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SearchDocuments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    EntityId = table.Column<int>(type: "INTEGER", nullable: false),
                    KindOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RegionSlug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RegionName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Programme = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Topics = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Year = table.Column<int>(type: "INTEGER", nullable: true),
                    TitleTerms = table.Column<string>(type: "TEXT", nullable: false),
                    TitleParts = table.Column<string>(type: "TEXT", nullable: false),
                    BodyTerms = table.Column<string>(type: "TEXT", nullable: false),
                    BodyParts = table.Column<string>(type: "TEXT", nullable: false),
                    IndexedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchDocuments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SearchWords",
                columns: table => new
                {
                    Word = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Initial = table.Column<char>(type: "TEXT", nullable: false),
                    Length = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchWords", x => x.Word);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SearchDocuments_Kind_EntityId",
                table: "SearchDocuments",
                columns: new[] { "Kind", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_SearchDocuments_Kind_Key",
                table: "SearchDocuments",
                columns: new[] { "Kind", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SearchWords_Initial_Length",
                table: "SearchWords",
                columns: new[] { "Initial", "Length" });

            // The FTS5 table holds its own copy of the analysed terms (rowid = SearchDocuments.Id), written by the
            // search after each change; its tokenizer only splits at spaces, since the terms are analysed already.
            migrationBuilder.Sql("CREATE VIRTUAL TABLE \"SearchIndex\" USING fts5(\"TitleTerms\", \"TitleParts\", \"BodyTerms\", \"BodyParts\", tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE IF EXISTS \"SearchIndex\";");
            migrationBuilder.DropTable(
                name: "SearchDocuments");

            migrationBuilder.DropTable(
                name: "SearchWords");
        }
    }
}
