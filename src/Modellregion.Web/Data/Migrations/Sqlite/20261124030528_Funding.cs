using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modellregion.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Funding : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsAdministered",
                table: "Projects",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "Plan_OwnContribution",
                table: "Projects",
                type: "INTEGER",
                precision: 16,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Plan_RequestedGrant",
                table: "Projects",
                type: "INTEGER",
                precision: 16,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Plan_ThirdPartyFunds",
                table: "Projects",
                type: "INTEGER",
                precision: 16,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Rules_DueSoonDays",
                table: "Programmes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Rules_ReminderDaysAfter",
                table: "Programmes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Rules_ReminderDaysBefore",
                table: "Programmes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ApplicantType",
                table: "Organisations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "DocumentId",
                table: "GrantDecisions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Plan_OwnContribution",
                table: "GrantDecisions",
                type: "INTEGER",
                precision: 16,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Plan_RequestedGrant",
                table: "GrantDecisions",
                type: "INTEGER",
                precision: 16,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Plan_ThirdPartyFunds",
                table: "GrantDecisions",
                type: "INTEGER",
                precision: 16,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Reason",
                table: "GrantDecisions",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "FundingAccounts",
                columns: table => new
                {
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    Requested = table.Column<long>(type: "INTEGER", precision: 16, scale: 2, nullable: false),
                    Paid = table.Column<long>(type: "INTEGER", precision: 16, scale: 2, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundingAccounts", x => x.ProjectId);
                    table.ForeignKey(
                        name: "FK_FundingAccounts_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FundRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", precision: 16, scale: 2, nullable: false),
                    NeededFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    NeededUntil = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Justification = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    IsSettlement = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ForwardedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ForwardedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReturnReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PaidAmount = table.Column<long>(type: "INTEGER", precision: 16, scale: 2, nullable: true),
                    PaymentRecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FundRequests_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GrantDecisionPlanLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", precision: 16, scale: 2, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    FinancingPlanGrantDecisionId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GrantDecisionPlanLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GrantDecisionPlanLines_GrantDecisions_FinancingPlanGrantDecisionId",
                        column: x => x.FinancingPlanGrantDecisionId,
                        principalTable: "GrantDecisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProjectPlanLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", precision: 16, scale: 2, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    FinancingPlanProjectId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectPlanLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectPlanLines_Projects_FinancingPlanProjectId",
                        column: x => x.FinancingPlanProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Proofs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    BudgetYear = table.Column<int>(type: "INTEGER", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    NarrativeReport = table.Column<string>(type: "TEXT", maxLength: 40000, nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReviewedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReviewNote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Proofs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Proofs_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReminderLogs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    DeadlineKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OffsetDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Recipient = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReminderLogs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProofAttachment",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProofId = table.Column<int>(type: "INTEGER", nullable: false),
                    FileId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProofAttachment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProofAttachment_Files_FileId",
                        column: x => x.FileId,
                        principalTable: "Files",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProofAttachment_Proofs_ProofId",
                        column: x => x.ProofId,
                        principalTable: "Proofs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProofLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Planned = table.Column<long>(type: "INTEGER", precision: 16, scale: 2, nullable: false),
                    Actual = table.Column<long>(type: "INTEGER", precision: 16, scale: 2, nullable: false),
                    ProofId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProofLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProofLines_Proofs_ProofId",
                        column: x => x.ProofId,
                        principalTable: "Proofs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_GrantDecisions_DocumentId",
                table: "GrantDecisions",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_FundRequests_ProjectId_Number",
                table: "FundRequests",
                columns: new[] { "ProjectId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FundRequests_Status_PaidOn_PaidAmount",
                table: "FundRequests",
                columns: new[] { "Status", "PaidOn", "PaidAmount" });

            migrationBuilder.CreateIndex(
                name: "IX_GrantDecisionPlanLines_FinancingPlanGrantDecisionId",
                table: "GrantDecisionPlanLines",
                column: "FinancingPlanGrantDecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectPlanLines_FinancingPlanProjectId",
                table: "ProjectPlanLines",
                column: "FinancingPlanProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_ProofAttachment_FileId",
                table: "ProofAttachment",
                column: "FileId");

            migrationBuilder.CreateIndex(
                name: "IX_ProofAttachment_ProofId",
                table: "ProofAttachment",
                column: "ProofId");

            migrationBuilder.CreateIndex(
                name: "IX_ProofLines_ProofId",
                table: "ProofLines",
                column: "ProofId");

            migrationBuilder.CreateIndex(
                name: "IX_Proofs_ProjectId_Kind_BudgetYear",
                table: "Proofs",
                columns: new[] { "ProjectId", "Kind", "BudgetYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Proofs_Status_DueOn",
                table: "Proofs",
                columns: new[] { "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ReminderLogs_ProjectId_DeadlineKey_DueOn_OffsetDays_Recipient",
                table: "ReminderLogs",
                columns: new[] { "ProjectId", "DeadlineKey", "DueOn", "OffsetDays", "Recipient" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_GrantDecisions_Files_DocumentId",
                table: "GrantDecisions",
                column: "DocumentId",
                principalTable: "Files",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_GrantDecisions_Files_DocumentId",
                table: "GrantDecisions");

            migrationBuilder.DropTable(
                name: "FundingAccounts");

            migrationBuilder.DropTable(
                name: "FundRequests");

            migrationBuilder.DropTable(
                name: "GrantDecisionPlanLines");

            migrationBuilder.DropTable(
                name: "ProjectPlanLines");

            migrationBuilder.DropTable(
                name: "ProofAttachment");

            migrationBuilder.DropTable(
                name: "ProofLines");

            migrationBuilder.DropTable(
                name: "ReminderLogs");

            migrationBuilder.DropTable(
                name: "Proofs");

            migrationBuilder.DropIndex(
                name: "IX_GrantDecisions_DocumentId",
                table: "GrantDecisions");

            migrationBuilder.DropColumn(
                name: "IsAdministered",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "Plan_OwnContribution",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "Plan_RequestedGrant",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "Plan_ThirdPartyFunds",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "Rules_DueSoonDays",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "Rules_ReminderDaysAfter",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "Rules_ReminderDaysBefore",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "ApplicantType",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "DocumentId",
                table: "GrantDecisions");

            migrationBuilder.DropColumn(
                name: "Plan_OwnContribution",
                table: "GrantDecisions");

            migrationBuilder.DropColumn(
                name: "Plan_RequestedGrant",
                table: "GrantDecisions");

            migrationBuilder.DropColumn(
                name: "Plan_ThirdPartyFunds",
                table: "GrantDecisions");

            migrationBuilder.DropColumn(
                name: "Reason",
                table: "GrantDecisions");
        }
    }
}
