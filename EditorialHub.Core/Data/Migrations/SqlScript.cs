using Microsoft.EntityFrameworkCore.Migrations;

namespace EditorialHub.Core.Data.Migrations;

/// <summary>
/// Migrations whose SQL is a committed script next to them. The feed here lacks
/// Microsoft.EntityFrameworkCore.Design (its Mono.TextTemplating is missing), so `dotnet ef` cannot
/// scaffold C# migrations; a script produced by EF's own GenerateCreateScript for the first schema,
/// and hand-written operations after it, do the same job. MigrationSchemaTests proves that the
/// migrated database equals the model (docs/decisions/0002-migrations.md).
/// </summary>
internal static class SqlScript
{
    public static void Apply(MigrationBuilder migration, string scriptName)
    {
        var assembly = typeof(SqlScript).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(name => name.EndsWith("." + scriptName, StringComparison.Ordinal));
        using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
        foreach (var statement in reader.ReadToEnd().Split(";\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            migration.Sql(statement + ";");
    }
}
