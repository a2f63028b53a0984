using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Modellregion.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Transfer : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Solutions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Slug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    Description = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    MainLanguage = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    TitleEn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SummaryEn = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    DescriptionEn = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Maturity = table.Column<int>(type: "integer", nullable: true),
                    Problem = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    TargetTypes = table.Column<int>(type: "integer", nullable: false),
                    TargetSizes = table.Column<int>(type: "integer", nullable: false),
                    Prerequisites = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AdoptionSteps = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    DataNeeded = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    OperatorModels = table.Column<int>(type: "integer", nullable: false),
                    Licence = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CopyrightOwner = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    CooperationAgreement = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ProcurementNotes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CostOneOff = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: true),
                    CostRunningPerYear = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: true),
                    CostNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    MaintenanceType = table.Column<int>(type: "integer", nullable: true),
                    RepositoryUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    DemoUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    DocumentationUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Website = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    SoftwareType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    DevelopmentStatus = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Platforms = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Categories = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Scope = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    AvailableLanguages = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    LocalisationReady = table.Column<bool>(type: "boolean", nullable: false),
                    SoftwareVersion = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    ReleaseDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Features = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    FeaturesEn = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    PublicCodeExtra = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: true),
                    RegionId = table.Column<int>(type: "integer", nullable: false),
                    ProviderId = table.Column<int>(type: "integer", nullable: true),
                    SearchText = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    SearchTerms = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    IsPublished = table.Column<bool>(type: "boolean", nullable: false),
                    IsSynthetic = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Solutions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Solutions_Organisations_ProviderId",
                        column: x => x.ProviderId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Solutions_Regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SolutionContacts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Affiliation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    Phone = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    SolutionId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SolutionContacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SolutionContacts_Solutions_SolutionId",
                        column: x => x.SolutionId,
                        principalTable: "Solutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SolutionContractors",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Until = table.Column<DateOnly>(type: "date", nullable: true),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    Website = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    SolutionId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SolutionContractors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SolutionContractors_Solutions_SolutionId",
                        column: x => x.SolutionId,
                        principalTable: "Solutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SolutionFunders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Uri = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    SolutionId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SolutionFunders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SolutionFunders_Solutions_SolutionId",
                        column: x => x.SolutionId,
                        principalTable: "Solutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SolutionLinks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    SolutionId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SolutionLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SolutionLinks_Solutions_SolutionId",
                        column: x => x.SolutionId,
                        principalTable: "Solutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SolutionProjects",
                columns: table => new
                {
                    SolutionId = table.Column<int>(type: "integer", nullable: false),
                    ProjectId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SolutionProjects", x => new { x.SolutionId, x.ProjectId });
                    table.ForeignKey(
                        name: "FK_SolutionProjects_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SolutionProjects_Solutions_SolutionId",
                        column: x => x.SolutionId,
                        principalTable: "Solutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SolutionSources",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Url = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Supports = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    SolutionId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SolutionSources", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SolutionSources_Solutions_SolutionId",
                        column: x => x.SolutionId,
                        principalTable: "Solutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SolutionTopics",
                columns: table => new
                {
                    SolutionId = table.Column<int>(type: "integer", nullable: false),
                    TopicsId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SolutionTopics", x => new { x.SolutionId, x.TopicsId });
                    table.ForeignKey(
                        name: "FK_SolutionTopics_Solutions_SolutionId",
                        column: x => x.SolutionId,
                        principalTable: "Solutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SolutionTopics_Topics_TopicsId",
                        column: x => x.TopicsId,
                        principalTable: "Topics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TransferCases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SolutionId = table.Column<int>(type: "integer", nullable: false),
                    MunicipalityAgs = table.Column<string>(type: "character(8)", fixedLength: true, maxLength: 8, nullable: false),
                    ContactName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContactEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    ContactPhone = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    ContactRole = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Need = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Timeline = table.Column<int>(type: "integer", nullable: false),
                    ConsentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Stage = table.Column<int>(type: "integer", nullable: false),
                    CancelReason = table.Column<int>(type: "integer", nullable: true),
                    CancelNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CancelledFrom = table.Column<int>(type: "integer", nullable: true),
                    OwnerId = table.Column<string>(type: "text", nullable: true),
                    NextStep = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    NextStepDue = table.Column<DateOnly>(type: "date", nullable: true),
                    LastActivityAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    IsSynthetic = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TransferCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TransferCases_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_TransferCases_Municipalities_MunicipalityAgs",
                        column: x => x.MunicipalityAgs,
                        principalTable: "Municipalities",
                        principalColumn: "Ags",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TransferCases_Solutions_SolutionId",
                        column: x => x.SolutionId,
                        principalTable: "Solutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Reuses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SolutionId = table.Column<int>(type: "integer", nullable: false),
                    UserName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    MunicipalityAgs = table.Column<string>(type: "character(8)", fixedLength: true, maxLength: 8, nullable: true),
                    OrganisationId = table.Column<int>(type: "integer", nullable: true),
                    Since = table.Column<DateOnly>(type: "date", nullable: true),
                    SincePrecision = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    DeclaredByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DeclaredByEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    ConfirmedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ConfirmedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RejectionReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    TransferCaseId = table.Column<int>(type: "integer", nullable: true),
                    IsSynthetic = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reuses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Reuses_Municipalities_MunicipalityAgs",
                        column: x => x.MunicipalityAgs,
                        principalTable: "Municipalities",
                        principalColumn: "Ags",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Reuses_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Reuses_Solutions_SolutionId",
                        column: x => x.SolutionId,
                        principalTable: "Solutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Reuses_TransferCases_TransferCaseId",
                        column: x => x.TransferCaseId,
                        principalTable: "TransferCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "TransferCaseNotes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TransferCaseId = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AuthorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TransferCaseNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TransferCaseNotes_TransferCases_TransferCaseId",
                        column: x => x.TransferCaseId,
                        principalTable: "TransferCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TransferCaseSteps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TransferCaseId = table.Column<int>(type: "integer", nullable: false),
                    From = table.Column<int>(type: "integer", nullable: true),
                    To = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    By = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Reason = table.Column<string>(type: "character varying(1200)", maxLength: 1200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TransferCaseSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TransferCaseSteps_TransferCases_TransferCaseId",
                        column: x => x.TransferCaseId,
                        principalTable: "TransferCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TransferReminders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TransferCaseId = table.Column<int>(type: "integer", nullable: false),
                    InactiveSince = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SentTo = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TransferReminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TransferReminders_TransferCases_TransferCaseId",
                        column: x => x.TransferCaseId,
                        principalTable: "TransferCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReuseSources",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Url = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Supports = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ReuseId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReuseSources", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReuseSources_Reuses_ReuseId",
                        column: x => x.ReuseId,
                        principalTable: "Reuses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Reuses_MunicipalityAgs_Status",
                table: "Reuses",
                columns: new[] { "MunicipalityAgs", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Reuses_OrganisationId",
                table: "Reuses",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Reuses_SolutionId_Status",
                table: "Reuses",
                columns: new[] { "SolutionId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Reuses_TransferCaseId",
                table: "Reuses",
                column: "TransferCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_ReuseSources_ReuseId",
                table: "ReuseSources",
                column: "ReuseId");

            migrationBuilder.CreateIndex(
                name: "IX_SolutionContacts_SolutionId",
                table: "SolutionContacts",
                column: "SolutionId");

            migrationBuilder.CreateIndex(
                name: "IX_SolutionContractors_SolutionId",
                table: "SolutionContractors",
                column: "SolutionId");

            migrationBuilder.CreateIndex(
                name: "IX_SolutionFunders_SolutionId",
                table: "SolutionFunders",
                column: "SolutionId");

            migrationBuilder.CreateIndex(
                name: "IX_SolutionLinks_SolutionId",
                table: "SolutionLinks",
                column: "SolutionId");

            migrationBuilder.CreateIndex(
                name: "IX_SolutionProjects_ProjectId",
                table: "SolutionProjects",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_Solutions_CreatedAt",
                table: "Solutions",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Solutions_IsPublished_RegionId",
                table: "Solutions",
                columns: new[] { "IsPublished", "RegionId" });

            migrationBuilder.CreateIndex(
                name: "IX_Solutions_Kind",
                table: "Solutions",
                column: "Kind");

            migrationBuilder.CreateIndex(
                name: "IX_Solutions_Licence",
                table: "Solutions",
                column: "Licence");

            migrationBuilder.CreateIndex(
                name: "IX_Solutions_Maturity",
                table: "Solutions",
                column: "Maturity");

            migrationBuilder.CreateIndex(
                name: "IX_Solutions_ProviderId",
                table: "Solutions",
                column: "ProviderId");

            migrationBuilder.CreateIndex(
                name: "IX_Solutions_RegionId",
                table: "Solutions",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_Solutions_Slug",
                table: "Solutions",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Solutions_Title",
                table: "Solutions",
                column: "Title");

            migrationBuilder.CreateIndex(
                name: "IX_SolutionSources_SolutionId",
                table: "SolutionSources",
                column: "SolutionId");

            migrationBuilder.CreateIndex(
                name: "IX_SolutionTopics_TopicsId",
                table: "SolutionTopics",
                column: "TopicsId");

            migrationBuilder.CreateIndex(
                name: "IX_TransferCaseNotes_TransferCaseId",
                table: "TransferCaseNotes",
                column: "TransferCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_TransferCases_MunicipalityAgs",
                table: "TransferCases",
                column: "MunicipalityAgs");

            migrationBuilder.CreateIndex(
                name: "IX_TransferCases_OwnerId",
                table: "TransferCases",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_TransferCases_SolutionId",
                table: "TransferCases",
                column: "SolutionId");

            migrationBuilder.CreateIndex(
                name: "IX_TransferCases_Stage_LastActivityAt",
                table: "TransferCases",
                columns: new[] { "Stage", "LastActivityAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TransferCaseSteps_TransferCaseId",
                table: "TransferCaseSteps",
                column: "TransferCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_TransferReminders_TransferCaseId_InactiveSince",
                table: "TransferReminders",
                columns: new[] { "TransferCaseId", "InactiveSince" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReuseSources");

            migrationBuilder.DropTable(
                name: "SolutionContacts");

            migrationBuilder.DropTable(
                name: "SolutionContractors");

            migrationBuilder.DropTable(
                name: "SolutionFunders");

            migrationBuilder.DropTable(
                name: "SolutionLinks");

            migrationBuilder.DropTable(
                name: "SolutionProjects");

            migrationBuilder.DropTable(
                name: "SolutionSources");

            migrationBuilder.DropTable(
                name: "SolutionTopics");

            migrationBuilder.DropTable(
                name: "TransferCaseNotes");

            migrationBuilder.DropTable(
                name: "TransferCaseSteps");

            migrationBuilder.DropTable(
                name: "TransferReminders");

            migrationBuilder.DropTable(
                name: "Reuses");

            migrationBuilder.DropTable(
                name: "TransferCases");

            migrationBuilder.DropTable(
                name: "Solutions");
        }
    }
}
