using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace B2BPortal.BuildingBlocks.Messaging;

public static class MessagingExtensions
{
    /// <summary>
    /// MassTransit over RabbitMQ (<c>ConnectionStrings:messaging</c>, an <c>amqp://user:password@host:port/vhost</c> URI)
    /// with the service's own outbox relay and inbox. Queues are named <c>{endpointPrefix}-{consumer}</c>;
    /// a consumer that keeps failing is retried with exponential back-off, then its message goes to the queue's <c>_error</c> queue.
    /// </summary>
    public static IHostApplicationBuilder AddMessaging<TDbContext>(
        this IHostApplicationBuilder builder,
        string endpointPrefix,
        Action<IBusRegistrationConfigurator>? configureConsumers = null)
        where TDbContext : DbContext, IMessagingDbContext
    {
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<IInterceptor, OutboxSignalInterceptor>();
        builder.Services.AddSingleton<IInterceptor, OutboxCommitInterceptor>();
        builder.Services.AddScoped<IIntegrationEventOutbox, EfIntegrationEventOutbox<TDbContext>>();
        builder.Services.AddHostedService<OutboxRelay<TDbContext>>();

        builder.AddMessageBus(endpointPrefix, configureConsumers);
        return builder;
    }

    /// <summary>
    /// MassTransit over RabbitMQ without an outbox or inbox, for a host with no database of its own (the BFF) whose consumers
    /// are idempotent by nature (dropping a cache twice does no harm). Same queue naming, retry and dead-lettering as
    /// <see cref="AddMessaging{TDbContext}"/>.
    /// </summary>
    public static IHostApplicationBuilder AddMessageBus(
        this IHostApplicationBuilder builder, string endpointPrefix, Action<IBusRegistrationConfigurator>? configureConsumers = null)
    {
        var broker = new Uri(builder.Configuration.GetConnectionString("messaging")
            ?? (EF.IsDesignTime ? "amqp://design-time/" : throw new InvalidOperationException("ConnectionStrings:messaging is not configured.")));
        builder.Services.AddOptions<MessagingOptions>().BindConfiguration("Messaging");
        builder.Services.AddSingleton<ServiceQueues>();
        builder.Services.AddReceiveEndpointObserver(services => services.GetRequiredService<ServiceQueues>());
        builder.Services.AddConsumeObserver(services => services.GetRequiredService<ServiceQueues>());
        builder.Services.AddHostedService<QueueDepthMonitor>();
        builder.Services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(endpointPrefix, includeNamespace: false));
            configureConsumers?.Invoke(bus);
            bus.AddConfigureEndpointsCallback((context, _, endpoint) =>
            {
                var options = context.GetRequiredService<IOptions<MessagingOptions>>().Value;
                endpoint.UseMessageRetry(retry => retry.Exponential(
                    options.ConsumerRetryLimit,
                    options.ConsumerRetryMinInterval,
                    options.ConsumerRetryMaxInterval,
                    options.ConsumerRetryMinInterval));
            });
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(broker.Host, (ushort)broker.Port, VirtualHost(broker), host =>
                {
                    var (user, password) = Credentials(broker);
                    host.Username(user);
                    host.Password(password);
                    host.PublisherConfirmation = true;
                });
                rabbit.ConfigureEndpoints(context);
            });
        });
        return builder;
    }

    private static string VirtualHost(Uri broker)
    {
        var path = Uri.UnescapeDataString(broker.AbsolutePath.TrimStart('/'));
        return path.Length == 0 ? "/" : path;
    }

    private static (string User, string Password) Credentials(Uri broker)
    {
        var parts = broker.UserInfo.Split(':', 2);
        return parts.Length == 2 && parts[0].Length > 0
            ? (Uri.UnescapeDataString(parts[0]), Uri.UnescapeDataString(parts[1]))
            : ("guest", "guest");
    }
}
