using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modellregion.Web.Data.Migrations.Sqlite
{
    /// <summary>
    /// Trigram indexes for the name-part filters exist on PostgreSQL only (see the PostgreSQL migration of the same
    /// name). SQLite has no such index; its LIKE over the names of 10,000 organisations takes about a millisecond.
    /// The migration is here so that both providers keep the same list of migrations.
    /// </summary>
    public partial class NameTrigramIndexes : Migration
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
