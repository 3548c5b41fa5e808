using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace EditorialHub.Core.Data.Migrations;

/// <summary>Settings the secretary changes in the app (the approval policy, the publishing deadline), with their history.</summary>
[DbContext(typeof(EditorialDbContext))]
[Migration("20261122140000_SettingChanges")]
public sealed class SettingChanges : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        SqlScript.Apply(migrationBuilder, "20261122140000_SettingChanges.sql");
}
