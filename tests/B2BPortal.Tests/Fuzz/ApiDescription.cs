using System.Text.Json.Nodes;

namespace B2BPortal.Tests.Fuzz;

/// <summary>One parameter of an operation as the public API document declares it: in path, query or header.</summary>
internal sealed record ApiParameter(string Name, string In, JsonNode Schema, bool Required);

/// <summary>One operation of the public API: its method, path template, parameters and the body it accepts, if any.</summary>
internal sealed record ApiOperation(string Method, string Path, IReadOnlyList<ApiParameter> Parameters, string? ContentType, JsonNode? BodySchema)
{
    public override string ToString() => $"{Method} {Path}";
}

/// <summary>The public API as the BFF's <c>/openapi/v1.json</c> describes it, schemas resolved on demand.</summary>
internal sealed class ApiDescription(IReadOnlyList<ApiOperation> operations, JsonObject schemas)
{
    private static readonly string[] Methods = ["get", "post", "put", "patch", "delete"];

    public IReadOnlyList<ApiOperation> Operations { get; } = operations;

    public static ApiDescription Parse(string document)
    {
        var root = JsonNode.Parse(document)!.AsObject();
        var operations = new List<ApiOperation>();
        foreach (var (path, item) in root["paths"]!.AsObject())
        {
            foreach (var method in Methods.Where(m => item![m] is not null))
            {
                var operation = item![method]!;
                var parameters = (operation["parameters"]?.AsArray() ?? []).Select(p => new ApiParameter(
                    (string)p!["name"]!, (string)p["in"]!, p["schema"] ?? new JsonObject(), (bool?)p["required"] ?? false)).ToList();
                var content = operation["requestBody"]?["content"]?.AsObject().FirstOrDefault();
                operations.Add(new ApiOperation(method.ToUpperInvariant(), path, parameters, content?.Key, content?.Value?["schema"]));
            }
        }

        return new ApiDescription(operations, root["components"]?["schemas"]?.AsObject() ?? []);
    }

    /// <summary>The same description without the operations <paramref name="left"/> picks.</summary>
    public ApiDescription Without(Func<ApiOperation, bool> left) => new([.. Operations.Where(o => !left(o))], schemas);

    /// <summary>The schema itself, or the component a <c>$ref</c> names.</summary>
    public JsonNode Resolve(JsonNode schema) =>
        schema["$ref"] is { } reference ? schemas[((string)reference!).Split('/')[^1]] ?? new JsonObject() : schema;
}
