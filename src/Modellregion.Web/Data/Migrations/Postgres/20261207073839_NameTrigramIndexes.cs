using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modellregion.Web.Data.Migrations.Postgres
{
    /// <summary>
    /// Filters by a part of a name (<c>lower("Name") LIKE '%…%'</c>: the public organisation list, the back office's
    /// choice of organisations, the project administration's title filter) read every row without an index. A GIN
    /// trigram index (<c>pg_trgm</c>) answers them from the index. <c>pg_trgm</c> is a trusted extension: the owner of
    /// the database may install it. Where the database user may not, the migration leaves a notice and the filters keep
    /// working without the indexes (docs/postgresql.md). Indexes on expressions, which the EF model cannot describe,
    /// hence SQL.
    /// </summary>
    public partial class NameTrigramIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DO $$
                BEGIN
                    CREATE EXTENSION IF NOT EXISTS pg_trgm;
                EXCEPTION WHEN insufficient_privilege OR undefined_file OR feature_not_supported THEN
                    RAISE NOTICE 'pg_trgm could not be installed (%); name filters run without trigram indexes.', SQLERRM;
                END
                $$;
                """);
            migrationBuilder.Sql("""
                DO $$
                BEGIN
                    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
                        CREATE INDEX IF NOT EXISTS "IX_Organisations_Name_Trigram" ON "Organisations" USING gin (lower("Name") gin_trgm_ops);
                        CREATE INDEX IF NOT EXISTS "IX_Projects_Title_Trigram" ON "Projects" USING gin (lower("Title") gin_trgm_ops);
                    END IF;
                END
                $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_Projects_Title_Trigram\";");
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_Organisations_Name_Trigram\";");
        }
    }
}
