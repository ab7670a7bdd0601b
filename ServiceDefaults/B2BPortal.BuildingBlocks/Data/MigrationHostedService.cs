using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace B2BPortal.BuildingBlocks.Data;

/// <summary>
/// Applies the service's migrations and seed data in <see cref="StartAsync"/>, so the host only starts
/// answering (and reports healthy) once its schema is current; one replica at a time. Retries while PostgreSQL is not
/// reachable yet.
/// </summary>
internal sealed partial class MigrationHostedService<TDbContext>(
    IServiceProvider services, ILogger<MigrationHostedService<TDbContext>> logger) : IHostedService
    where TDbContext : DbContext
{
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(120);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await MigrateAndSeedAsync(cancellationToken);
                LogMigrated(logger, typeof(TDbContext).Name, clock.ElapsedMilliseconds);
                return;
            }
            catch (Exception exception) when (IsTransient(exception) && clock.Elapsed < GiveUpAfter)
            {
                LogRetrying(logger, exception, typeof(TDbContext).Name, attempt);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(attempt, 5)), cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// A connection that could not be made or timed out. EF Core's execution strategy wraps it (in an InvalidOperationException
    /// "likely due to a transient failure"), which is how it arrives when every service migrates at once on a busy machine.
    /// </summary>
    private static bool IsTransient(Exception exception) =>
        exception is NpgsqlException { IsTransient: true } || exception.InnerException is NpgsqlException { IsTransient: true };

    private async Task MigrateAndSeedAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        // Replicas of a service start together: one migrates and seeds while the others wait on this lock, then find it done.
        // The lock is the session's, so it is released by hand: a pooled connection is not reset when it goes back.
        var lockKey = typeof(TDbContext).FullName!;
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock(hashtextextended({lockKey}, 0))", cancellationToken);
            try
            {
                await db.Database.MigrateAsync(cancellationToken);
                foreach (var seeder in scope.ServiceProvider.GetServices<IDbSeeder<TDbContext>>())
                {
                    await seeder.SeedAsync(db, cancellationToken);
                }
            }
            finally
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock(hashtextextended({lockKey}, 0))", CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{DbContext} migrated and seeded in {ElapsedMs} ms")]
    private static partial void LogMigrated(ILogger logger, string dbContext, long elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{DbContext}: database not reachable yet (attempt {Attempt}); retrying")]
    private static partial void LogRetrying(ILogger logger, Exception exception, string dbContext, int attempt);
}
