using B2BPortal.BuildingBlocks.Data;
using B2BPortal.BuildingBlocks.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace B2BPortal.Tests.Messaging;

/// <summary>A service-like DbContext: one state table plus the outbox and inbox, in a schema of its own.</summary>
public sealed class MessagingTestDbContext(DbContextOptions<MessagingTestDbContext> options) : DbContext(options), IMessagingDbContext
{
    public const string Schema = "messaging_tests";

    public DbSet<Effect> Effects => Set<Effect>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<Effect>().HasKey(e => e.Id);
        modelBuilder.AddMessagingTables();
    }
}

/// <summary>A row written by the state change (<see cref="Kind"/> "state") or by the consumer ("consumed").</summary>
public sealed class Effect
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid EventId { get; init; }
    public required string Kind { get; init; }
}

/// <summary>The test assembly has no migrations; this creates the tables once, after the (empty) migration step.</summary>
public sealed class CreateTablesSeeder : IDbSeeder<MessagingTestDbContext>
{
    public async Task SeedAsync(MessagingTestDbContext db, CancellationToken cancellationToken)
    {
        var exists = await db.Database.SqlQuery<bool>(
            $"SELECT EXISTS (SELECT 1 FROM information_schema.tables WHERE table_schema = {MessagingTestDbContext.Schema} AND table_name = 'effects') AS \"Value\"")
            .SingleAsync(cancellationToken);
        if (!exists)
        {
            await db.GetService<IRelationalDatabaseCreator>().CreateTablesAsync(cancellationToken);
        }
    }
}
