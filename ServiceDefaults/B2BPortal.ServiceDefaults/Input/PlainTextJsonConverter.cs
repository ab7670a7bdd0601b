using System.Text.Json;
using System.Text.Json.Serialization;
using B2BPortal.Contracts.Text;

namespace B2BPortal.ServiceDefaults.Input;

/// <summary>
/// Every string read from a JSON body passes <see cref="TextRules"/>: a NUL, another control character or a direction override
/// fails the read with a message that says which character and where, before any handler sees the text.
/// </summary>
internal sealed class PlainTextJsonConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected text here, not {Describe(reader.TokenType)}.");
        }

        string text;
        try
        {
            text = reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new JsonException("The text holds a broken character (an escaped lone UTF-16 surrogate); send the text as valid UTF-8.");
        }

        return TextRules.Problem(text) is { } problem ? throw new JsonException(problem) : text;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "true or false",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "a list",
        _ => token.ToString(),
    };
}
