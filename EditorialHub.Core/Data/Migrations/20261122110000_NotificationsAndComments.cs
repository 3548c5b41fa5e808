using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace EditorialHub.Core.Data.Migrations;

/// <summary>Notifications (in-app, one row per person told) and editorial comments on items (issue 4).</summary>
[DbContext(typeof(EditorialDbContext))]
[Migration("20261122110000_NotificationsAndComments")]
public sealed class NotificationsAndComments : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        SqlScript.Apply(migrationBuilder, "20261122110000_NotificationsAndComments.sql");
}
