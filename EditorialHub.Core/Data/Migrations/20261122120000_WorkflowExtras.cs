using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace EditorialHub.Core.Data.Migrations;

/// <summary>Corrections of published items: which revision is on the portal (issue 4); indexes for the lists in date order.</summary>
[DbContext(typeof(EditorialDbContext))]
[Migration("20261122120000_WorkflowExtras")]
public sealed class WorkflowExtras : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        SqlScript.Apply(migrationBuilder, "20261122120000_WorkflowExtras.sql");
}
