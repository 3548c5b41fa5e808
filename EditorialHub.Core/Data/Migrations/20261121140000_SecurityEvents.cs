using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace EditorialHub.Core.Data.Migrations;

/// <summary>The account record: sign-ins, failures, resets, role changes.</summary>
[DbContext(typeof(EditorialDbContext))]
[Migration("20261121140000_SecurityEvents")]
public sealed class SecurityEvents : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        SqlScript.Apply(migrationBuilder, "20261121140000_SecurityEvents.sql");
}
