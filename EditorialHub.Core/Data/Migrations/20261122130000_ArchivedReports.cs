using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace EditorialHub.Core.Data.Migrations;

/// <summary>The archive of printed reports (issue 6): number, frozen data, SHA-256; the PDFs live under the data folder.</summary>
[DbContext(typeof(EditorialDbContext))]
[Migration("20261122130000_ArchivedReports")]
public sealed class ArchivedReports : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        SqlScript.Apply(migrationBuilder, "20261122130000_ArchivedReports.sql");
}
