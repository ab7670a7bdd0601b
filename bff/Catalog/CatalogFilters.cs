namespace B2BPortal.Bff.Catalog;

/// <summary>What a catalog page is asked for; <see cref="Attributes"/> are sorted so that one filter has one cache key.</summary>
public sealed record CatalogQuery(string? Text, string? Category, SortedDictionary<string, string> Attributes, int Page)
{
    public string CacheKey => $"{Page}:{Category}:{string.Join(',', Attributes.Select(a => $"{a.Key}={a.Value}"))}:{Text}";
}

internal static class CatalogFilters
{
    private const int MaxAttributes = 5;

    /// <summary>Reads <c>attr=name:value</c> query values; what cannot be read is added to <paramref name="errors"/>.</summary>
    public static SortedDictionary<string, string> Attributes(string[] values, Dictionary<string, string[]> errors)
    {
        var attributes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            var separator = value.IndexOf(':', StringComparison.Ordinal);
            if (separator <= 0 || separator == value.Length - 1 || value.Length > 200)
            {
                errors["attr"] = [$"'{Shorten(value)}' is not a filter: write attr=name:value, like attr=material:cast iron."];
                continue;
            }

            attributes[value[..separator].Trim()] = value[(separator + 1)..].Trim();
        }

        if (attributes.Count > MaxAttributes)
        {
            errors["attr"] = [$"Filter by at most {MaxAttributes} attributes at once."];
        }

        return attributes;
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
