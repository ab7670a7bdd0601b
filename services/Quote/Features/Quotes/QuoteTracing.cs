using System.Diagnostics;

namespace B2BPortal.Quote.Features.Quotes;

/// <summary>Puts <c>quote.id</c> on the request's span, so an SRE finds every span of a quote by its id.</summary>
internal static class QuoteTracing
{
    public const string QuoteIdTag = "quote.id";

    public static readonly ActivitySource Source = new("B2BPortal.Quote");

    public static async ValueTask<object?> TagQuoteId(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (context.HttpContext.GetRouteValue("quoteId") is string quoteId)
        {
            Activity.Current?.SetTag(QuoteIdTag, quoteId);
        }

        return await next(context);
    }
}
