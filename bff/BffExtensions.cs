using B2BPortal.Bff.ServiceDiscovery;
using B2BPortal.Bff.Spa;
using B2BPortal.ServiceDefaults;
using Yarp.ReverseProxy.ServiceDiscovery;

namespace B2BPortal.Bff;

public static class BffExtensions
{
    /// <summary>YARP routes from <c>ReverseProxy</c> config, destinations like <c>http://order</c> resolved by service discovery.</summary>
    public static IHostApplicationBuilder AddBff(this IHostApplicationBuilder builder)
    {
        builder.AddRedis();
        builder.Services.AddReverseProxy().LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"));
        builder.Services.AddSingleton<IDestinationResolver, ServiceDiscoveryDestinationResolver>();
        return builder;
    }

    public static WebApplication MapBff(this WebApplication app)
    {
        app.MapReverseProxy();
        app.MapUnknownApiRoutesToNotFound();
        app.MapSpa();
        return app;
    }
}
