using Microsoft.EntityFrameworkCore.Migrations;

namespace B2BPortal.BuildingBlocks.Data;

/// <summary>
/// Columns no query filters, joins or sorts on keep no planner statistics: autovacuum's analysis samples 30,000 rows of every
/// column about once a minute under load, and on JSON and free text that is a burst of a core that requests wait out
/// (docs/architecture.md, "Runtime settings").
/// </summary>
public static class ColumnStatistics
{
    public static void KeepNoStatistics(this MigrationBuilder migration, string schema, string table, params string[] columns) =>
        SetStatistics(migration, schema, table, 0, columns);

    /// <summary>Undoes <see cref="KeepNoStatistics(MigrationBuilder, string, string, string[])"/>: the columns go back to the server's default target.</summary>
    public static void KeepDefaultStatistics(this MigrationBuilder migration, string schema, string table, params string[] columns) =>
        SetStatistics(migration, schema, table, -1, columns);

    /// <summary><see cref="KeepNoStatistics(MigrationBuilder, string, string, string[])"/> for several tables of one schema.</summary>
    public static void KeepNoStatistics(this MigrationBuilder migration, string schema, IEnumerable<(string Table, string[] Columns)> tables)
    {
        foreach (var (table, columns) in tables)
        {
            migration.KeepNoStatistics(schema, table, columns);
        }
    }

    /// <summary><see cref="KeepDefaultStatistics(MigrationBuilder, string, string, string[])"/> for several tables of one schema.</summary>
    public static void KeepDefaultStatistics(this MigrationBuilder migration, string schema, IEnumerable<(string Table, string[] Columns)> tables)
    {
        foreach (var (table, columns) in tables)
        {
            migration.KeepDefaultStatistics(schema, table, columns);
        }
    }

    private static void SetStatistics(MigrationBuilder migration, string schema, string table, int target, string[] columns) =>
        migration.Sql($"ALTER TABLE {schema}.{table} " + string.Join(", ", columns.Select(c => $"ALTER COLUMN {c} SET STATISTICS {target}")) + ";");
}
