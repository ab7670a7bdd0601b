using System.Text;
using System.Text.Json.Nodes;
using B2BPortal.Tests.Infrastructure;
using CsCheck;
using static B2BPortal.Tests.Fuzz.HostileValues;

namespace B2BPortal.Tests.Fuzz;

/// <summary>
/// Requests to every operation of the public API, built from its declared parameters and body schema: most of each request
/// plausible, one part or more hostile, sometimes the whole body or a header broken (invalid UTF-8, truncated or deeply nested
/// JSON, a body past the limits, the wrong content type, a non-ASCII or oversized header, an overlong URL).
/// </summary>
internal sealed class FuzzRequests(ApiDescription api, int callers)
{
    private static readonly string[] OwnAccounts =
        [.. new[] { Demo.AcmeIndustrial, Demo.AcmePlantNorth, Demo.AcmePlantSouth, Demo.AcmeNorthAssembly }.Select(a => a.ToString())];

    private static readonly Gen<string> HostilePathText = Gen.Frequency((4, HostileText), (1, Gen.Int[9_000, 70_000].Select(n => new string('z', n))));

    public Gen<FuzzRequest> All => Gen.OneOf(api.Operations.Select(For).ToArray());

    public Gen<FuzzRequest> For(ApiOperation operation) =>
        from caller in Gen.Int[0, callers - 1]
        from url in Url(operation)
        from headers in Headers(operation)
        from body in Body(operation)
        select new FuzzRequest(operation, caller, operation.Method, url, headers, body.ContentType, body.Bytes);

    private Gen<string> Url(ApiOperation operation)
    {
        var path = Gen.Const(operation.Path);
        foreach (var parameter in operation.Parameters.Where(p => p.In == "path"))
        {
            var value = PathValue(parameter.Name);
            path = path.SelectMany(p => value.Select(v => p.Replace($"{{{parameter.Name}}}", Escape(v), StringComparison.Ordinal)));
        }

        var query = Gen.Const(new List<string>());
        foreach (var parameter in operation.Parameters.Where(p => p.In == "query"))
        {
            var value = Gen.Frequency(
                (2, Gen.Const((string?)null)),
                (3, QueryValue(parameter).Select(v => (string?)$"{parameter.Name}={Escape(v)}")));
            query = query.SelectMany(list => value.Select(v => v is null ? list : [.. list, v]));
        }

        var extra = Gen.Frequency((8, Gen.Const("")), (1, Gen.OneOf("unknown=1", "page=1&page=2", "%zz=1", "a=%ED%A0%80")));
        return from p in path
               from q in query
               from e in extra
               let all = e.Length == 0 ? q : [.. q, e]
               select all.Count == 0 ? p : $"{p}?{string.Join('&', all)}";
    }

    private static Gen<string> PathValue(string name) => name switch
    {
        "accountId" => Gen.Frequency((8, Gen.OneOf(OwnAccounts)), (1, Gen.Const(Demo.BorealisMining.ToString())), (1, Guids), (1, HostilePathText)),
        "sku" or "model" => Gen.Frequency((5, Plausible("sku")), (3, HostilePathText)),
        _ => Gen.Frequency((5, Guids), (2, HostilePathText)),
    };

    private static Gen<string> QueryValue(ApiParameter parameter)
    {
        var type = Types(parameter.Schema);
        var plausible = type.Contains("integer") ? Gen.Int[1, 50].Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))
            : type.Contains("boolean") ? Gen.OneOf("true", "false")
            : (string?)parameter.Schema["format"] == "uuid" ? Guids
            : Plausible(parameter.Name);
        var hostile = type.Contains("integer") || type.Contains("number") ? HostileInteger : HostileText;
        return Gen.Frequency((5, plausible), (4, hostile));
    }

    private static Gen<IReadOnlyList<(string, string)>> Headers(ApiOperation operation)
    {
        var idempotencyKey = operation.Parameters.Any(p => p.Name == "Idempotency-Key")
            ? Gen.Frequency(
                (6, Gen.Guid.Select(g => new[] { ("Idempotency-Key", g.ToString()) })),
                (1, Gen.Const(Array.Empty<(string, string)>())),
                (1, Gen.OneOf("", "ключ-1", "k\u00e9y", new string('k', 300), new string('k', 20_000)).Select(k => new[] { ("Idempotency-Key", k) })),
                (1, Gen.Const(new[] { ("Idempotency-Key", "a"), ("Idempotency-Key", "b") })))
            : Gen.Const(Array.Empty<(string, string)>());
        var extra = Gen.Frequency(
            (12, Gen.Const(Array.Empty<(string, string)>())),
            (1, Gen.OneOf("\u00e9t\u00e9", "\u65e5\u672c", "\ud83d\ude00").Select(v => new[] { ("X-Fuzz", v) })),
            (1, Gen.OneOf(20_000, 40_000, 70_000).Select(n => new[] { ("X-Fuzz-Large", new string('h', n)) })));
        return from key in idempotencyKey
               from more in extra
               select (IReadOnlyList<(string, string)>)[.. key, .. more];
    }

    private Gen<(string? ContentType, byte[]? Bytes)> Body(ApiOperation operation)
    {
        if (operation.ContentType is null)
        {
            return Gen.Frequency(
                (12, Gen.Const<(string?, byte[]?)>((null, null))),
                (1, Gen.Const<(string?, byte[]?)>(("application/json", "{\"x\":1}"u8.ToArray()))));
        }

        var text = operation.ContentType == "text/csv" ? Csv : Json(operation.BodySchema!, 0);
        var contentType = Gen.Frequency(
            (12, Gen.Const<string?>(operation.ContentType)),
            (1, Gen.OneOf<string?>("text/plain", "application/xml", null, $"{operation.ContentType}; charset=utf-16", "application/x-www-form-urlencoded")));
        var bytes = Gen.Frequency(
            (12, text.Select(t => Encoding.UTF8.GetBytes(t))),
            (1, Gen.OneOf(new byte[] { 0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d }, [0xff, 0xfe, 0x7b, 0x7d], [0xef, 0xbb, 0xbf, 0x7b, 0x7d], [])),
            (1, text.Select(t => Encoding.UTF8.GetBytes(t[..(t.Length / 2)]))),
            (1, DeepNesting.Select(t => Encoding.UTF8.GetBytes(t))),
            (1, Gen.OneOf(70_000, 5_000_000).Select(n => Encoding.UTF8.GetBytes($"{{\"x\":\"{new string('b', n)}\"}}"))));
        return from type in contentType
               from body in bytes
               select ((string?)type, (byte[]?)body);
    }

    private static readonly Gen<string> Csv =
        Gen.Frequency(
                (4, Gen.Select(Plausible("sku"), Gen.OneOf("1", "2", "10", "\"2,5\""), (s, q) => $"{s},{q}")),
                (2, Gen.Select(HostileText, HostileNumber, (s, q) => $"{s},{q}")),
                (1, HostileText))
            .Array[0, 8]
            .Select(lines => string.Join('\n', lines));

    /// <summary>JSON text for a schema: each declared property mostly present and plausible, sometimes hostile or missing.</summary>
    private Gen<string> Json(JsonNode schema, int depth)
    {
        schema = api.Resolve(schema);
        var types = Types(schema);
        var shape = types.Contains("array") ? ArrayOf(schema, depth)
            : types.Contains("object") || schema["properties"] is not null ? Object(schema, depth)
            : Scalar(schema, name: "");
        return depth == 0 ? Gen.Frequency((14, shape), (1, WrongType)) : shape;
    }

    private Gen<string> ArrayOf(JsonNode schema, int depth)
    {
        var item = depth > 3 ? Gen.Const("{}") : Json(schema["items"] ?? new JsonObject(), depth + 1);
        return Gen.Frequency(
            (6, item.Array[1, 4].Select(items => $"[{string.Join(',', items)}]")),
            (1, Gen.Const("[]")),
            (1, item.Array[1, 3].Select(items => $"[{string.Join(',', items)},null]")),
            (1, Gen.Int[5_001, 5_050].Select(n => $"[{string.Join(',', Enumerable.Repeat("{}", n))}]")));
    }

    private Gen<string> Object(JsonNode schema, int depth)
    {
        var required = (schema["required"]?.AsArray() ?? []).Select(r => (string)r!).ToHashSet(StringComparer.Ordinal);
        var members = Gen.Const(new List<string>());
        foreach (var (name, property) in schema["properties"]?.AsObject() ?? [])
        {
            var value = property!["$ref"] is not null || Types(property).Overlaps(["array", "object"]) ? Json(property, depth + 1) : Scalar(property, name);
            var member = Gen.Frequency(
                (required.Contains(name) ? 12 : 7, value.Select(v => (string?)$"{Quote(name)}:{v}")),
                (1, Gen.Const((string?)null)));
            members = members.SelectMany(list => member.Select(m => m is null ? list : [.. list, m]));
        }

        var extra = Gen.Frequency((14, Gen.Const((string?)null)), (1, Gen.OneOf<string?>("\"unexpected\":1", "\"__proto__\":{}")));
        return from list in members
               from e in extra
               select $"{{{string.Join(',', e is null ? list : [.. list, e])}}}";
    }

    private static Gen<string> Scalar(JsonNode schema, string name)
    {
        var types = Types(schema);
        // Requiring two-factor sign-in of Acme would end the callers' own sessions and leave the rest of the run at 401.
        if (name == "requireTwoFactor")
        {
            return Gen.Frequency((6, Gen.Const("false")), (1, WrongType));
        }

        return types.Contains("integer") ? NumberToken(integer: true)
            : types.Contains("number") ? NumberToken(integer: false)
            : types.Contains("boolean") ? BooleanToken
            : StringToken(name, (string?)schema["format"]);
    }

    private static HashSet<string> Types(JsonNode schema) => schema["type"] switch
    {
        JsonArray many => [.. many.Select(t => (string)t!)],
        JsonValue one => [(string)one!],
        _ => [],
    };

    /// <summary>Percent-encodes a value for a URL; a lone surrogate becomes the bytes a careless client would send for it.</summary>
    private static string Escape(string value)
    {
        try
        {
            return Uri.EscapeDataString(value);
        }
        catch (UriFormatException)
        {
            return "%ED%A0%80";
        }
    }
}
