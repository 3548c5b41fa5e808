using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace EditorialHub.Core.Data.Migrations;

/// <summary>The record of quota reminders sent, unique by key, so each goes out once (issue 5).</summary>
[DbContext(typeof(EditorialDbContext))]
[Migration("20261122115000_Reminders")]
public sealed class Reminders : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        SqlScript.Apply(migrationBuilder, "20261122115000_Reminders.sql");
}
