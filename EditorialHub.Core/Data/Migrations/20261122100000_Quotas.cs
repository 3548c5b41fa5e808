using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace EditorialHub.Core.Data.Migrations;

/// <summary>Quotas (Điều 13.3): targets per unit from a month on, and whether a year's summer months count.</summary>
[DbContext(typeof(EditorialDbContext))]
[Migration("20261122100000_Quotas")]
public sealed class Quotas : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        SqlScript.Apply(migrationBuilder, "20261122100000_Quotas.sql");
}
