using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace EditorialHub.Core.Data.Migrations;

/// <summary>The append-only record of drafts deleted by their authors before they were ever sent.</summary>
[DbContext(typeof(EditorialDbContext))]
[Migration("20261202140100_DeletedDrafts")]
public sealed class DeletedDrafts : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        SqlScript.Apply(migrationBuilder, "20261202140100_DeletedDrafts.sql");
}
