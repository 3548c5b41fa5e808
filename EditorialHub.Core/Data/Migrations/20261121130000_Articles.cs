using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace EditorialHub.Core.Data.Migrations;

/// <summary>Items, the editors of each, their append-only history and their revisions.</summary>
[DbContext(typeof(EditorialDbContext))]
[Migration("20261121130000_Articles")]
public sealed class Articles : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        SqlScript.Apply(migrationBuilder, "20261121130000_Articles.sql");
}
