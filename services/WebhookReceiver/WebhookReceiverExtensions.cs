using B2BPortal.WebhookReceiver.Features.Hooks;

namespace B2BPortal.WebhookReceiver;

public static class WebhookReceiverExtensions
{
    public static IHostApplicationBuilder AddWebhookReceiver(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<HookLog>();
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }

    public static IEndpointRouteBuilder MapWebhookReceiverEndpoints(this IEndpointRouteBuilder app) => app.MapHooksApi();
}
