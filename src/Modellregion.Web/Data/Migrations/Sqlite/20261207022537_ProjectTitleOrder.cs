using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modellregion.Web.Data.Migrations.Sqlite
{
    /// <summary>
    /// The public project list reads its page along one of these indexes, one per sort (title; newest start; highest
    /// grant), instead of sorting every matching project (<c>SearchProjects</c>). Indexes on expressions, written as
    /// the queries order (the database matches them literally), which the EF model cannot describe, hence SQL.
    /// </summary>
    public partial class ProjectTitleOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE INDEX \"IX_Projects_LowerTitle_Id\" ON \"Projects\" (lower(\"Title\"), \"Id\");");
            migrationBuilder.Sql("CREATE INDEX \"IX_Projects_Newest\" ON \"Projects\" ((\"StartsOn\" IS NULL), \"StartsOn\" DESC, lower(\"Title\"));");
            migrationBuilder.Sql("CREATE INDEX \"IX_Projects_HighestGrant\" ON \"Projects\" ((\"ApprovedGrant\" IS NULL), \"ApprovedGrant\" DESC, lower(\"Title\"));");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX \"IX_Projects_HighestGrant\";");
            migrationBuilder.Sql("DROP INDEX \"IX_Projects_Newest\";");
            migrationBuilder.Sql("DROP INDEX \"IX_Projects_LowerTitle_Id\";");
        }
    }
}
