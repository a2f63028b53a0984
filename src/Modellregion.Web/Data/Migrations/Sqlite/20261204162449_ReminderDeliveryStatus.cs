using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modellregion.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReminderDeliveryStatus : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Attempts",
                table: "TransferReminders",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Error",
                table: "TransferReminders",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Status",
                table: "TransferReminders",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Attempts",
                table: "ReminderLogs",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Error",
                table: "ReminderLogs",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Status",
                table: "ReminderLogs",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_TransferReminders_Status",
                table: "TransferReminders",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_ReminderLogs_Status",
                table: "ReminderLogs",
                column: "Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TransferReminders_Status",
                table: "TransferReminders");

            migrationBuilder.DropIndex(
                name: "IX_ReminderLogs_Status",
                table: "ReminderLogs");

            migrationBuilder.DropColumn(
                name: "Attempts",
                table: "TransferReminders");

            migrationBuilder.DropColumn(
                name: "Error",
                table: "TransferReminders");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "TransferReminders");

            migrationBuilder.DropColumn(
                name: "Attempts",
                table: "ReminderLogs");

            migrationBuilder.DropColumn(
                name: "Error",
                table: "ReminderLogs");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "ReminderLogs");
        }
    }
}
