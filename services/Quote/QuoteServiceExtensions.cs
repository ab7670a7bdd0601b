using B2BPortal.BuildingBlocks.AccountScope;
using B2BPortal.BuildingBlocks.Audit;
using B2BPortal.BuildingBlocks.Data;
using B2BPortal.BuildingBlocks.Http;
using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.Contracts.Carts;
using B2BPortal.Contracts.Orders;
using B2BPortal.Quote.Data;
using B2BPortal.Quote.Features.Expiry;
using B2BPortal.Quote.Features.Ordering;
using B2BPortal.Quote.Features.Quotes;

namespace B2BPortal.Quote;

public static class QuoteServiceExtensions
{
    /// <summary>
    /// Requests for quotation, their revisions and their life. The products and the buyer's prices come from the Order service's
    /// preview and a cart from the Cart service, both asked with the caller's own token; orders of a quote come back as events.
    /// </summary>
    public static IHostApplicationBuilder AddQuoteService(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<QuoteDbContext>("quotedb", QuoteDbContext.Schema);
        builder.AddMessaging<QuoteDbContext>("quote", bus => bus.AddConsumer<OrderPlacedConsumer>());
        builder.AddAccountScope();
        builder.AddAuditTrail<QuoteDbContext>("quote");
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.Configure<QuoteOptions>(builder.Configuration.GetSection(QuoteOptions.Section));
        builder.Services.AddScoped<QuoteLifecycle>();
        builder.Services.AddScoped<QuoteSteps>();
        builder.Services.AddScoped<QuoteProducts>();
        builder.Services.AddHostedService<QuoteExpiry>();
        builder.Services.AddServiceClient<IOrderServiceApi>("http://order");
        builder.Services.AddServiceClient<ICartApi>("http://cart");
        return builder;
    }

    public static IEndpointRouteBuilder MapQuoteEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapAccountScopedGroup("/quotes").WithTags("Quotes").MapQuotesApi();
        app.MapAccountScopedGroup().MapAuditApi();
        return app;
    }
}
