using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace EditorialHub.Core.Data.Migrations;

/// <summary>
/// A correction keeps the published version's category, flags and other particulars, so that
/// discarding it brings them back with the text. Corrections already running have none kept and
/// keep their current particulars when discarded, as before.
/// </summary>
[DbContext(typeof(EditorialDbContext))]
[Migration("20261123100000_CorrectionBase")]
public sealed class CorrectionBase : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        SqlScript.Apply(migrationBuilder, "20261123100000_CorrectionBase.sql");
}
