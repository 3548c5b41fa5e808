using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace EditorialHub.Core.Data.Migrations;

/// <summary>Accounts (Identity), units, school years and role assignments.</summary>
[DbContext(typeof(EditorialDbContext))]
[Migration("20261121120000_InitialSchema")]
public sealed class InitialSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        SqlScript.Apply(migrationBuilder, "20261121120000_InitialSchema.sql");
}
