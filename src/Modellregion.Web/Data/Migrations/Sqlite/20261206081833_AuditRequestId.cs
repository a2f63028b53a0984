using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modellregion.Web.Data.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            // The update trigger names every column the seal must leave alone (ADR 0023); the request id is one of them.
            migrationBuilder.Sql(UpdateTrigger(withRequestId: true));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RequestId",
                table: "AuditEntries");

            // Dropping a column rebuilds the table on SQLite, which loses its triggers: both come back as before.
            migrationBuilder.Sql("""
                CREATE TRIGGER IF NOT EXISTS "AuditEntries_NoDelete" BEFORE DELETE ON "AuditEntries"
                BEGIN
                    SELECT RAISE(ABORT, 'Das Änderungsprotokoll ist unveränderlich: DELETE auf "AuditEntries" ist nicht erlaubt.');
                END;
                """);
            migrationBuilder.Sql(UpdateTrigger(withRequestId: false));
        }

        private static string UpdateTrigger(bool withRequestId) => $$"""
            DROP TRIGGER IF EXISTS "AuditEntries_NoUpdate";
            CREATE TRIGGER "AuditEntries_NoUpdate" BEFORE UPDATE ON "AuditEntries"
            WHEN OLD."Hash" IS NOT NULL OR NEW."Id" IS NOT OLD."Id" OR NEW."OccurredAt" IS NOT OLD."OccurredAt" OR NEW."ActorId" IS NOT OLD."ActorId" OR NEW."ActorName" IS NOT OLD."ActorName" OR NEW."Action" IS NOT OLD."Action" OR NEW."EntityType" IS NOT OLD."EntityType" OR NEW."EntityId" IS NOT OLD."EntityId" OR NEW."ProjectId" IS NOT OLD."ProjectId" OR NEW."RegionId" IS NOT OLD."RegionId" OR NEW."Kind" IS NOT OLD."Kind" OR NEW."Before" IS NOT OLD."Before" OR NEW."After" IS NOT OLD."After"{{(withRequestId ? " OR NEW.\"RequestId\" IS NOT OLD.\"RequestId\"" : "")}}
            BEGIN
                SELECT RAISE(ABORT, 'Das Änderungsprotokoll ist unveränderlich: UPDATE auf "AuditEntries" ist nicht erlaubt.');
            END;
            """;
    }
}
