using EditorialHub.Core.Accounts;
using EditorialHub.Core.Board;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace EditorialHub.Core.Data;

public sealed class EditorialDbContext(DbContextOptions<EditorialDbContext> options)
    : IdentityDbContext<Person>(options)
{
    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<SchoolYear> SchoolYears => Set<SchoolYear>();
    public DbSet<RoleAssignment> RoleAssignments => Set<RoleAssignment>();
    public DbSet<SecurityEvent> SecurityEvents => Set<SecurityEvent>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(EditorialDbContext).Assembly);
    }
}
