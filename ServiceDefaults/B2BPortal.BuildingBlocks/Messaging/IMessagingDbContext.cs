using Microsoft.EntityFrameworkCore;

namespace B2BPortal.BuildingBlocks.Messaging;

/// <summary>A service DbContext that holds the service's outbox and inbox tables.</summary>
public interface IMessagingDbContext
{
    DbSet<OutboxMessage> OutboxMessages { get; }
    DbSet<InboxMessage> InboxMessages { get; }
}

public static class MessagingModelBuilderExtensions
{
    internal const string InboxPrimaryKey = "pk_inbox_messages";

    /// <summary>Maps <c>outbox_messages</c> and <c>inbox_messages</c> into the context's default schema.</summary>
    public static ModelBuilder AddMessagingTables(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable("outbox_messages");
            outbox.HasKey(m => m.MessageId);
            outbox.Property(m => m.Sequence).UseIdentityAlwaysColumn();
            outbox.Property(m => m.MessageType).HasMaxLength(300);
            outbox.Property(m => m.Body).HasColumnType("jsonb");
            outbox.Property(m => m.TraceParent).HasMaxLength(55);
            outbox.Property(m => m.TraceState).HasMaxLength(512);
            outbox.Property(m => m.LastError).HasMaxLength(2000);
            outbox.HasIndex(m => m.Sequence).HasFilter("sent_at IS NULL AND parked_at IS NULL").HasDatabaseName("ix_outbox_messages_unsent");
        });
        modelBuilder.Entity<InboxMessage>(inbox =>
        {
            inbox.ToTable("inbox_messages");
            inbox.HasKey(m => new { m.MessageId, m.Consumer }).HasName(InboxPrimaryKey);
            inbox.Property(m => m.Consumer).HasMaxLength(200);
            inbox.Property(m => m.MessageType).HasMaxLength(300);
            inbox.HasIndex(m => m.HandledAt);
        });
        return modelBuilder;
    }
}
