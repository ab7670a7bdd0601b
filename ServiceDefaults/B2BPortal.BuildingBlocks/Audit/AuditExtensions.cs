using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace B2BPortal.BuildingBlocks.Audit;

public static class AuditExtensions
{
    /// <summary>
    /// The service's audit trail in <typeparamref name="TDbContext"/> (<c>audit_records</c>, chained by <see cref="AuditChainSql"/>),
    /// recorded as <paramref name="service"/>; <see cref="AuditTrail"/> per request.
    /// </summary>
    public static IHostApplicationBuilder AddAuditTrail<TDbContext>(this IHostApplicationBuilder builder, string service)
        where TDbContext : DbContext, IAuditDbContext
    {
        var development = builder.Environment.IsDevelopment();
        builder.Services.Configure<AuditOptions>(builder.Configuration.GetSection("Audit"));
        builder.Services.PostConfigure<AuditOptions>(options =>
        {
            options.Service = service;
            options.Enabled |= !development;
        });
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<IAuditDbContext>(services => services.GetRequiredService<TDbContext>());
        builder.Services.AddScoped<AuditTrail>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        return builder;
    }
}
