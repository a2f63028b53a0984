using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modellregion.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AuditHashChain : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Hash",
                table: "AuditEntries",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PreviousHash",
                table: "AuditEntries",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            // Append-only in the database itself (ADR 0023): no DELETE, and an UPDATE only to seal an entry written
            // before the chain existed (its hash and link, nothing else, once).
            migrationBuilder.Sql("""
                CREATE TRIGGER "AuditEntries_NoDelete" BEFORE DELETE ON "AuditEntries"
                BEGIN
                    SELECT RAISE(ABORT, 'Das Änderungsprotokoll ist unveränderlich: DELETE auf "AuditEntries" ist nicht erlaubt.');
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "AuditEntries_NoUpdate" BEFORE UPDATE ON "AuditEntries"
                WHEN OLD."Hash" IS NOT NULL OR NEW."Id" IS NOT OLD."Id" OR NEW."OccurredAt" IS NOT OLD."OccurredAt" OR NEW."ActorId" IS NOT OLD."ActorId" OR NEW."ActorName" IS NOT OLD."ActorName" OR NEW."Action" IS NOT OLD."Action" OR NEW."EntityType" IS NOT OLD."EntityType" OR NEW."EntityId" IS NOT OLD."EntityId" OR NEW."ProjectId" IS NOT OLD."ProjectId" OR NEW."RegionId" IS NOT OLD."RegionId" OR NEW."Kind" IS NOT OLD."Kind" OR NEW."Before" IS NOT OLD."Before" OR NEW."After" IS NOT OLD."After"
                BEGIN
                    SELECT RAISE(ABORT, 'Das Änderungsprotokoll ist unveränderlich: UPDATE auf "AuditEntries" ist nicht erlaubt.');
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "AuditEntries_NoUpdate";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "AuditEntries_NoDelete";""");

            migrationBuilder.DropColumn(
                name: "Hash",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "PreviousHash",
                table: "AuditEntries");
        }
    }
}
