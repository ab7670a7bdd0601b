using System.Globalization;
using System.Text.Json;
using B2BPortal.Contracts.Audit;

namespace B2BPortal.BuildingBlocks.Audit;

/// <summary>Builds the before/after list of an audit record: only the fields whose value changed are kept.</summary>
public sealed class AuditChanges
{
    private readonly List<AuditChangeDto> changes = [];

    public AuditChanges Field(string field, object? before, object? after)
    {
        var (from, to) = (Text(before), Text(after));
        if (from != to)
        {
            changes.Add(new AuditChangeDto(field, from, to));
        }

        return this;
    }

    /// <summary>A field that came into being with this action (a new order's total, an invited member's role).</summary>
    public AuditChanges Set(string field, object? value) => Field(field, null, value);

    /// <summary>The properties of a settings record that differ between two versions of it, named as in the API (camelCase).</summary>
    public static AuditChanges Between<T>(T before, T after)
        where T : class
    {
        var changes = new AuditChanges();
        foreach (var property in typeof(T).GetProperties().Where(p => p.GetIndexParameters().Length == 0))
        {
            changes.Field(JsonNamingPolicy.CamelCase.ConvertName(property.Name), property.GetValue(before), property.GetValue(after));
        }

        return changes;
    }

    public int Count => changes.Count;

    internal string ToJson() => JsonSerializer.Serialize(changes, AuditJson.Options);

    private static string? Text(object? value) => value switch
    {
        null => null,
        string text => text,
        DateTimeOffset at => at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
