using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modellregion.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TransferContactErasure : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ContactErasedAt",
                table: "TransferCases",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ContactErasedAt",
                table: "TransferCases");
        }
    }
}
