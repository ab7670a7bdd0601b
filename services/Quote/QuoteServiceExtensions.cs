using B2BPortal.BuildingBlocks.AccountScope;
using B2BPortal.BuildingBlocks.Data;
using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.Quote.Data;
using B2BPortal.Quote.Features.Quotes;

namespace B2BPortal.Quote;

public static class QuoteServiceExtensions
{
    public static IHostApplicationBuilder AddQuoteService(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<QuoteDbContext>("quotedb", QuoteDbContext.Schema);
        builder.AddMessaging<QuoteDbContext>("quote");
        builder.AddAccountScope();
        return builder;
    }

    public static IEndpointRouteBuilder MapQuoteEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapAccountScopedGroup("/quotes").WithTags("Quotes").MapQuotesApi();
        return app;
    }
}
