using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection;

namespace B2BPortal.ServiceDefaults;

/// <summary>
/// Services sit behind the BFF: the caller's address and scheme come from <c>X-Forwarded-For</c> / <c>-Proto</c>,
/// trusted only from loopback proxies (ASP.NET Core's default), so audit entries record the buyer's IP, not the BFF's.
/// </summary>
internal static class ForwardedHeadersDefaults
{
    public static void AddForwardedHeadersFirst(this IServiceCollection services)
    {
        services.Configure<ForwardedHeadersOptions>(options => options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);
        services.AddTransient<IStartupFilter, ForwardedHeadersStartupFilter>();
    }

    private sealed class ForwardedHeadersStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseForwardedHeaders();
            next(app);
        };
    }
}
