using B2BPortal.BuildingBlocks.Messaging;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Quote.Data;

public sealed class QuoteDbContext(DbContextOptions<QuoteDbContext> options) : DbContext(options), IMessagingDbContext
{
    public const string Schema = "quote";

    public DbSet<Features.Quotes.Quote> Quotes => Set<Features.Quotes.Quote>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<Features.Quotes.Quote>(quote =>
        {
            quote.HasKey(q => q.Id);
            quote.HasIndex(q => q.Number).IsUnique();
            quote.HasIndex(q => new { q.AccountId, q.CreatedAt });
            quote.Property(q => q.Number).HasMaxLength(20);
            quote.Property(q => q.Status).HasMaxLength(20);
        });
        modelBuilder.AddMessagingTables();
    }
}
