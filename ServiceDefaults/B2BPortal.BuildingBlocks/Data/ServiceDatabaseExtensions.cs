using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace B2BPortal.BuildingBlocks.Data;

public static class ServiceDatabaseExtensions
{
    /// <summary>
    /// Registers the service's DbContext on <c>ConnectionStrings:{connectionName}</c> (the service's own login role),
    /// pooled, with the migrations history table in the service's own schema, snake_case names, a health check,
    /// and migrations (then <typeparamref name="TSeeder"/>) applied at start-up before the host answers.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TDbContext, TSeeder>(
        this IHostApplicationBuilder builder, string connectionName, string schema)
        where TDbContext : DbContext
        where TSeeder : class, IDbSeeder<TDbContext>
    {
        builder.AddServiceDatabase<TDbContext>(connectionName, schema);
        builder.Services.AddScoped<IDbSeeder<TDbContext>, TSeeder>();
        return builder;
    }

    public static IHostApplicationBuilder AddServiceDatabase<TDbContext>(
        this IHostApplicationBuilder builder, string connectionName, string schema)
        where TDbContext : DbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(connectionName);
        if (connectionString is null && !EF.IsDesignTime)
        {
            throw new InvalidOperationException($"ConnectionStrings:{connectionName} is not configured.");
        }

        var dataSourceKey = typeof(TDbContext).FullName!;
        if (connectionString is not null)
        {
            builder.Services.AddKeyedSingleton(dataSourceKey, (_, _) => TracedInsideWork(connectionString));
        }

        // Pooled: a request rents a context instead of building one (and its services) anew.
        builder.Services.AddDbContextPool<TDbContext>((services, options) =>
        {
            Action<Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure.NpgsqlDbContextOptionsBuilder> npgsql = npgsql => npgsql
                .MigrationsHistoryTable("__ef_migrations_history", schema)
                // One array parameter (= ANY(@skus)) rather than EF 10's one parameter per element: one plan for any list length.
                .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter);
            var configured = connectionString is null
                ? options.UseNpgsql(connectionString, npgsql)
                : options.UseNpgsql(services.GetRequiredKeyedService<NpgsqlDataSource>(dataSourceKey), npgsql);
            configured.UseSnakeCaseNamingConvention()
                .AddInterceptors(NoSavepointsInterceptor.Instance)
                .AddInterceptors(services.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>());
        });

        builder.Services.AddHealthChecks().AddDbContextCheck<TDbContext>("postgres");
        builder.Services.AddHostedService<MigrationHostedService<TDbContext>>();
        return builder;
    }

    /// <summary>
    /// Database calls are traced only inside a request or a message (a current activity). Background polling (the
    /// outbox relay, every second in every service) would otherwise make a trace of each query and bury the traces an
    /// SRE looks for under thousands of one-span ones.
    /// </summary>
    private static NpgsqlDataSource TracedInsideWork(string connectionString) =>
        new NpgsqlDataSourceBuilder(Tuned(connectionString)).ConfigureTracing(tracing => tracing
            .ConfigureCommandFilter(_ => Activity.Current is not null)
            .ConfigureBatchFilter(_ => Activity.Current is not null)).Build();

    /// <summary>
    /// The service's pool settings, unless its connection string sets them: at most <see cref="DefaultMaxPoolSize"/> connections
    /// (under overload a service queues for one instead of opening Npgsql's default 100 and taking every connection the server
    /// has from the other services); statements used repeatedly prepared on the server, and a connection going back to the
    /// pool not reset with <c>DISCARD ALL</c>, which also drops those statements (PostgreSQL parsed and planned every
    /// statement of every request again; the services keep no session state: locks and settings are per transaction).
    /// </summary>
    private static string Tuned(string connectionString)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        bool Sets(string keyword) => connectionString.Contains(keyword, StringComparison.OrdinalIgnoreCase);
        if (!Sets("Max Pool Size") && !Sets("Maximum Pool Size"))
        {
            settings.MaxPoolSize = DefaultMaxPoolSize;
        }

        if (!Sets("Max Auto Prepare"))
        {
            settings.MaxAutoPrepare = 250;
        }

        if (!Sets("No Reset On Close"))
        {
            settings.NoResetOnClose = true;
        }

        return settings.ConnectionString;
    }

    public const int DefaultMaxPoolSize = 30;
}
