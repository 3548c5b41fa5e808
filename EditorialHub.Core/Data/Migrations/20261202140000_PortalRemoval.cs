using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace EditorialHub.Core.Data.Migrations;

/// <summary>
/// The secretary's record that a taken-down item is gone from the portal (Điều 12.4). Items taken
/// down before it have none, so they wait in her list "Cần gỡ khỏi Cổng" until she confirms.
/// </summary>
[DbContext(typeof(EditorialDbContext))]
[Migration("20261202140000_PortalRemoval")]
public sealed class PortalRemoval : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        SqlScript.Apply(migrationBuilder, "20261202140000_PortalRemoval.sql");
}
