namespace B2BPortal.BuildingBlocks.DemoData;

/// <summary>A media link of a demo product (kind <c>datasheet</c>, <c>drawing</c> or <c>image</c>).</summary>
public sealed record DemoMediaLink(string Kind, string Title, string Url);

/// <summary>
/// Media links of the demo catalog: a datasheet for every product, a dimension drawing for equipment. They point at the
/// reserved <c>.example</c> domain: the demo has no media server, and a real catalog brings its own links from its PIM.
/// </summary>
public static class DemoMedia
{
    public const string BaseUrl = "https://media.b2b-portal.example";

    public static IReadOnlyList<DemoMediaLink> For(DemoProduct product)
    {
        var links = new List<DemoMediaLink> { new("datasheet", $"Datasheet {product.Sku} (PDF)", $"{BaseUrl}/datasheets/{product.Sku}.pdf") };
        if (product.EquipmentModel is { } model)
        {
            links.Add(new("drawing", $"Dimension drawing {model} (PDF)", $"{BaseUrl}/drawings/{model}.pdf"));
        }

        return links;
    }
}
