using Npgsql;

namespace B2BPortal.Tests.Fuzz;

/// <summary>
/// Reads back what the services stored: every text column of every service schema, for characters the input policy refuses
/// (C0 and C1 controls other than tab and line breaks, bidirectional overrides and isolates, the BOM), and every cart and order
/// line for a quantity of zero or less.
/// </summary>
internal static class StoredInputs
{
    private const string Refused = @"[\x01-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u202A-\u202E\u2066-\u2069\uFEFF]";

    public static async Task<IReadOnlyList<string>> InvalidAsync(string portalDatabase)
    {
        await using var connection = new NpgsqlConnection(portalDatabase);
        await connection.OpenAsync();
        var columns = new List<(string Schema, string Table, string Column, bool Text)>();
        await using (var query = new NpgsqlCommand("""
            SELECT c.table_schema, c.table_name, c.column_name, c.data_type IN ('text', 'character varying')
            FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
            WHERE t.table_type = 'BASE TABLE' AND c.table_schema NOT IN ('pg_catalog', 'information_schema', 'public')
              AND (c.data_type IN ('text', 'character varying') OR (c.data_type = 'numeric' AND c.column_name = 'quantity' AND c.table_name LIKE '%lines'))
            """, connection))
        await using (var reader = await query.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                columns.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetBoolean(3)));
            }
        }

        var invalid = new List<string>();
        foreach (var (schema, table, column, text) in columns)
        {
            var condition = text ? $"\"{column}\" ~ '{Refused}'" : $"\"{column}\" <= 0";
            await using var count = new NpgsqlCommand($"SELECT count(*) FROM \"{schema}\".\"{table}\" WHERE {condition}", connection);
            if ((long)(await count.ExecuteScalarAsync())! is var rows and > 0)
            {
                invalid.Add($"{schema}.{table}.{column}: {rows} row(s) {(text ? "hold a refused character" : "hold a quantity of zero or less")}");
            }
        }

        return invalid;
    }
}
