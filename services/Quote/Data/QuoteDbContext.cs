using B2BPortal.BuildingBlocks.Audit;
using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.Quote.Features.Quotes;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Quote.Data;

public sealed class QuoteDbContext(DbContextOptions<QuoteDbContext> options) : DbContext(options), IMessagingDbContext, IAuditDbContext
{
    public const string Schema = "quote";

    public DbSet<Features.Quotes.Quote> Quotes => Set<Features.Quotes.Quote>();
    public DbSet<QuoteInternalNote> InternalNotes => Set<QuoteInternalNote>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();
    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();

    /// <summary>Next value of the sequence behind human-readable quote numbers.</summary>
    public async Task<long> NextQuoteNumberAsync(CancellationToken cancellationToken) =>
        await Database.SqlQuery<long>($"SELECT nextval('quote.quote_numbers') AS \"Value\"").SingleAsync(cancellationToken);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.HasSequence<long>("quote_numbers").StartsAt(100001);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(QuoteDbContext).Assembly);
        modelBuilder.AddMessagingTables();
        modelBuilder.AddAuditTable();
    }
}
