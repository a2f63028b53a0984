using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Modellregion.Web.Data.Migrations.Postgres
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Key = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    EntityId = table.Column<int>(type: "integer", nullable: false),
                    KindOrder = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Text = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    RegionSlug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    RegionName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Programme = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Topics = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Year = table.Column<int>(type: "integer", nullable: true),
                    TitleTerms = table.Column<string>(type: "text", nullable: false),
                    TitleParts = table.Column<string>(type: "text", nullable: false),
                    BodyTerms = table.Column<string>(type: "text", nullable: false),
                    BodyParts = table.Column<string>(type: "text", nullable: false),
                    IndexedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchDocuments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SearchWords",
                columns: table => new
                {
                    Word = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Initial = table.Column<char>(type: "character(1)", nullable: false),
                    Length = table.Column<int>(type: "integer", nullable: false)
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

            // The analysed terms become the tsvector as they are (no parser, so both databases match the same terms),
            // weighted title terms A, title parts B, text terms C, text parts D. Beside it PostgreSQL's own "german"
            // configuration over title and text, used when the analysed terms find nothing.
            migrationBuilder.Sql("""
                ALTER TABLE "SearchDocuments" ADD COLUMN "Vector" tsvector GENERATED ALWAYS AS (
                    setweight(CAST("TitleTerms" AS tsvector), 'A') || setweight(CAST("TitleParts" AS tsvector), 'B') ||
                    setweight(CAST("BodyTerms" AS tsvector), 'C') || setweight(CAST("BodyParts" AS tsvector), 'D')) STORED;
                ALTER TABLE "SearchDocuments" ADD COLUMN "GermanVector" tsvector GENERATED ALWAYS AS (
                    to_tsvector('german'::regconfig, "Title" || ' ' || "Text")) STORED;
                CREATE INDEX "IX_SearchDocuments_Vector" ON "SearchDocuments" USING GIN ("Vector");
                CREATE INDEX "IX_SearchDocuments_GermanVector" ON "SearchDocuments" USING GIN ("GermanVector");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SearchDocuments");

            migrationBuilder.DropTable(
                name: "SearchWords");
        }
    }
}
