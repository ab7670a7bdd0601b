using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace B2BPortal.ServiceDefaults.Input;

/// <summary>
/// Turns what ASP.NET Core and System.Text.Json say about a request they could not read into a detail a person can act on,
/// and names the field it concerns (<c>lines[2].quantity</c>, <c>page</c>) where there is one.
/// </summary>
internal static partial class BadRequestDetails
{
    public static (string Detail, string? Field) Describe(BadHttpRequestException bad)
    {
        if (bad.InnerException is JsonException json)
        {
            return FromJson(json);
        }

        if (bad.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (RequestLimits.TooLargeDetail(routeLimit: null), null);
        }

        if (FailedToBind().Match(bad.Message) is { Success: true } binding)
        {
            var name = binding.Groups["name"].Value;
            return ($"{name}: \"{Shorten(binding.Groups["value"].Value)}\" is not {Expected(binding.Groups["type"].Value)}.", name);
        }

        if (NotProvided().Match(bad.Message) is { Success: true } missing)
        {
            var name = missing.Groups["name"].Value;
            return missing.Groups["source"].Value == "body"
                ? ("This request needs a JSON body; send one with Content-Type: application/json.", null)
                : ($"{name} is required; send it in the {missing.Groups["source"].Value}.", name);
        }

        return (bad.Message, null);
    }

    private static (string Detail, string? Field) FromJson(JsonException json)
    {
        var field = json.Path is { Length: > 1 } path ? path.TrimStart('$').TrimStart('.') : null;
        var message = json.Message;
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        message = cut > 0 ? message[..cut] : message;
        if (MissingRequired().Match(message) is { Success: true } missing)
        {
            var names = missing.Groups["name"].Captures.Select(c => string.IsNullOrEmpty(field) ? c.Value : $"{field}.{c.Value}").ToList();
            return ($"Required {(names.Count == 1 ? "field is" : "fields are")} missing: {string.Join(", ", names)}. " +
                    "Send each one; where a field may have no value, send it as null.", names[0]);
        }

        if (CouldNotConvert().Match(message) is { Success: true } conversion)
        {
            message = $"the value is not {Expected(conversion.Groups["type"].Value)}.";
        }
        else if (message.Contains("maximum configured depth", StringComparison.Ordinal))
        {
            message = "the JSON is nested deeper than 64 levels.";
        }

        var where = string.IsNullOrEmpty(field) ? "" : $"{field}: ";
        return ($"The body could not be read as JSON. {where}{message}", string.IsNullOrEmpty(field) ? null : field);
    }

    private static string Expected(string type) => type.Split('.')[^1].TrimEnd('?') switch
    {
        "Int32" or "int" => "a whole number from -2,147,483,648 to 2,147,483,647",
        "Int64" or "long" => "a whole number",
        "Decimal" or "decimal" or "Double" or "double" => "a number",
        "Boolean" or "bool" => "true or false",
        "Guid" => "an id like a0000000-0000-4000-8000-000000000001",
        "DateOnly" => "a date like 2027-03-01",
        "DateTimeOffset" or "DateTime" => "a date and time like 2027-03-01T10:00:00Z",
        "String" or "string" => "text",
        var other => $"a {other}",
    };

    private static string Shorten(string value) => value.Length > 40 ? value[..40] + "…" : value;

    [GeneratedRegex("""^Failed to bind parameter "(?<type>\S+) (?<name>[^"]+)" from "(?<value>.*)"\.$""", RegexOptions.Singleline)]
    private static partial Regex FailedToBind();

    [GeneratedRegex("""^Required parameter "\S+ (?<name>[^"]+)" was not provided from (?<source>[a-z ]+)\.$""")]
    private static partial Regex NotProvided();

    [GeneratedRegex("""missing required properties including: (?:'(?<name>[^']+)'(?:, )?)+""")]
    private static partial Regex MissingRequired();

    [GeneratedRegex("""could not be converted to (?<type>[\w.?]+)""")]
    private static partial Regex CouldNotConvert();
}
