using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace EditorialHub.Core.Data.Migrations;

/// <summary>Attachments of items (000 Điều 7.4): the rows; the files live under the data folder.</summary>
[DbContext(typeof(EditorialDbContext))]
[Migration("20261121150000_Attachments")]
public sealed class Attachments : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        SqlScript.Apply(migrationBuilder, "20261121150000_Attachments.sql");
}
