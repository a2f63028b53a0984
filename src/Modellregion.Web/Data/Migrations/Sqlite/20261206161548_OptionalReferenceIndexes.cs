using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modellregion.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OptionalReferenceIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TransferCases_OwnerId",
                table: "TransferCases");

            migrationBuilder.DropIndex(
                name: "IX_Resolutions_ProjectId",
                table: "Resolutions");

            migrationBuilder.DropIndex(
                name: "IX_Resolutions_StatusChangeId",
                table: "Resolutions");

            migrationBuilder.DropIndex(
                name: "IX_Papers_OriginatorOrganisationId",
                table: "Papers");

            migrationBuilder.DropIndex(
                name: "IX_Papers_ProjectId",
                table: "Papers");

            migrationBuilder.DropIndex(
                name: "IX_Papers_SolutionId",
                table: "Papers");

            migrationBuilder.DropIndex(
                name: "IX_Meetings_MinutesApprovedInMeetingId",
                table: "Meetings");

            migrationBuilder.DropIndex(
                name: "IX_GrantDecisions_DocumentId",
                table: "GrantDecisions");

            migrationBuilder.CreateIndex(
                name: "IX_TransferCases_OwnerId",
                table: "TransferCases",
                column: "OwnerId",
                filter: "\"OwnerId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Resolutions_ProjectId",
                table: "Resolutions",
                column: "ProjectId",
                filter: "\"ProjectId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Resolutions_StatusChangeId",
                table: "Resolutions",
                column: "StatusChangeId",
                filter: "\"StatusChangeId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Papers_OriginatorOrganisationId",
                table: "Papers",
                column: "OriginatorOrganisationId",
                filter: "\"OriginatorOrganisationId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Papers_ProjectId",
                table: "Papers",
                column: "ProjectId",
                filter: "\"ProjectId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Papers_SolutionId",
                table: "Papers",
                column: "SolutionId",
                filter: "\"SolutionId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_MinutesApprovedInMeetingId",
                table: "Meetings",
                column: "MinutesApprovedInMeetingId",
                filter: "\"MinutesApprovedInMeetingId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_GrantDecisions_DocumentId",
                table: "GrantDecisions",
                column: "DocumentId",
                filter: "\"DocumentId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TransferCases_OwnerId",
                table: "TransferCases");

            migrationBuilder.DropIndex(
                name: "IX_Resolutions_ProjectId",
                table: "Resolutions");

            migrationBuilder.DropIndex(
                name: "IX_Resolutions_StatusChangeId",
                table: "Resolutions");

            migrationBuilder.DropIndex(
                name: "IX_Papers_OriginatorOrganisationId",
                table: "Papers");

            migrationBuilder.DropIndex(
                name: "IX_Papers_ProjectId",
                table: "Papers");

            migrationBuilder.DropIndex(
                name: "IX_Papers_SolutionId",
                table: "Papers");

            migrationBuilder.DropIndex(
                name: "IX_Meetings_MinutesApprovedInMeetingId",
                table: "Meetings");

            migrationBuilder.DropIndex(
                name: "IX_GrantDecisions_DocumentId",
                table: "GrantDecisions");

            migrationBuilder.CreateIndex(
                name: "IX_TransferCases_OwnerId",
                table: "TransferCases",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_Resolutions_ProjectId",
                table: "Resolutions",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_Resolutions_StatusChangeId",
                table: "Resolutions",
                column: "StatusChangeId");

            migrationBuilder.CreateIndex(
                name: "IX_Papers_OriginatorOrganisationId",
                table: "Papers",
                column: "OriginatorOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Papers_ProjectId",
                table: "Papers",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_Papers_SolutionId",
                table: "Papers",
                column: "SolutionId");

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_MinutesApprovedInMeetingId",
                table: "Meetings",
                column: "MinutesApprovedInMeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_GrantDecisions_DocumentId",
                table: "GrantDecisions",
                column: "DocumentId");
        }
    }
}
