using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace EditorialHub.Core.Data.Migrations;

/// <summary>Sign-ins kept on the server (signing out ends them) and wrong passwords counted per sign-in name.</summary>
[DbContext(typeof(EditorialDbContext))]
[Migration("20261202110000_SignInSessionsAndFailures")]
public sealed class SignInSessionsAndFailures : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        SqlScript.Apply(migrationBuilder, "20261202110000_SignInSessionsAndFailures.sql");
}
