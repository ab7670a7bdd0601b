using B2BPortal.Contracts;
using B2BPortal.Contracts.Accounts;
using B2BPortal.Contracts.Money;
using B2BPortal.Contracts.Orders;
using B2BPortal.Contracts.Quotes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace B2BPortal.Quote.Features.Quotes;

/// <summary>Names of the constraints the handlers recognise when a concurrent request got there first.</summary>
public static class QuoteConstraints
{
    public const string IdempotencyKeyIndex = "ux_quotes_account_id_requested_by_subject_idempotency_key";
    public const string RevisionKey = "pk_quote_revisions";
}

internal sealed class QuoteConfiguration : IEntityTypeConfiguration<Quote>
{
    public void Configure(EntityTypeBuilder<Quote> quote)
    {
        quote.HasKey(q => q.Id);
        quote.HasIndex(q => q.Number).IsUnique();
        quote.HasIndex(q => new { q.AccountId, q.UpdatedAt });
        quote.HasIndex(q => new { q.AccountId, q.RequestedBySubject, q.IdempotencyKey }).IsUnique().HasDatabaseName(QuoteConstraints.IdempotencyKeyIndex);
        quote.HasIndex(q => new { q.Status, q.ExpiresAt }).HasFilter("expires_at IS NOT NULL");
        quote.Property(q => q.Number).HasMaxLength(QuoteFieldRules.MaxNumberLength);
        quote.Property(q => q.Status).HasMaxLength(30);
        quote.Property(q => q.RequestedBySubject).HasMaxLength(AccountFieldRules.MaxSubjectLength);
        quote.Property(q => q.RequestedByName).HasMaxLength(200);
        quote.Property(q => q.RequestedByEmail).HasMaxLength(320);
        quote.Property(q => q.HandledBySubject).HasMaxLength(AccountFieldRules.MaxSubjectLength);
        quote.Property(q => q.HandledByName).HasMaxLength(200);
        quote.Property(q => q.HandledByEmail).HasMaxLength(320);
        quote.Property(q => q.Comment).HasMaxLength(QuoteFieldRules.MaxCommentLength);
        quote.Property(q => q.OrderNumber).HasMaxLength(OrderNumbers.MaxLength);
        quote.Property(q => q.IdempotencyKey).HasMaxLength(IdempotencyKeyRules.MaxLength);
        quote.Property(q => q.RequestHash).HasMaxLength(64);
        quote.OwnsMany(q => q.Lines, line => line.ToJson());
        quote.OwnsMany(q => q.Attachments, attachment => attachment.ToJson());
        quote.Ignore(q => q.SentRevisions);
        quote.Ignore(q => q.Staged);
        quote.Ignore(q => q.LastSent);
        quote.HasMany(q => q.Revisions).WithOne().HasForeignKey(r => r.QuoteId);
        quote.HasMany(q => q.History).WithOne().HasForeignKey(h => h.QuoteId);
    }
}

internal sealed class QuoteRevisionConfiguration : IEntityTypeConfiguration<QuoteRevision>
{
    public void Configure(EntityTypeBuilder<QuoteRevision> revision)
    {
        revision.ToTable("quote_revisions");
        revision.HasKey(r => new { r.QuoteId, r.Number }).HasName(QuoteConstraints.RevisionKey);
        revision.Property(r => r.StagedByName).HasMaxLength(200);
        revision.Property(r => r.SentByName).HasMaxLength(200);
        revision.Property(r => r.Currency).HasMaxLength(MoneyRules.CurrencyLength);
        revision.Property(r => r.Terms).HasMaxLength(QuoteRevision.MaxTermsLength);
        revision.Property(r => r.DiscountPercent).HasPrecision(5, 2);
        revision.Property(r => r.Subtotal).HasPrecision(18, 2);
        revision.Property(r => r.DiscountAmount).HasPrecision(18, 2);
        revision.Property(r => r.NetAmount).HasPrecision(18, 2);
        revision.Ignore(r => r.ExpiresAt);
        revision.OwnsMany(r => r.Lines, line => line.ToJson());
    }
}

internal sealed class QuoteHistoryEntryConfiguration : IEntityTypeConfiguration<QuoteHistoryEntry>
{
    public void Configure(EntityTypeBuilder<QuoteHistoryEntry> entry)
    {
        entry.ToTable("quote_history");
        entry.HasKey(h => h.Id);
        entry.Property(h => h.Id).ValueGeneratedNever(); // set on creation, so an entry added to a loaded quote is inserted, not updated
        entry.HasIndex(h => new { h.QuoteId, h.At });
        entry.Property(h => h.FromState).HasMaxLength(30);
        entry.Property(h => h.ToState).HasMaxLength(30);
        entry.Property(h => h.Party).HasMaxLength(10);
        entry.Property(h => h.ActorName).HasMaxLength(200);
        entry.Property(h => h.Comment).HasMaxLength(QuoteHistoryEntry.MaxCommentLength);
    }
}

internal sealed class QuoteInternalNoteConfiguration : IEntityTypeConfiguration<QuoteInternalNote>
{
    public void Configure(EntityTypeBuilder<QuoteInternalNote> note)
    {
        note.ToTable("quote_internal_notes");
        note.HasKey(n => n.Id);
        note.Property(n => n.Id).ValueGeneratedNever();
        note.HasIndex(n => new { n.QuoteId, n.At });
        note.Property(n => n.BySubject).HasMaxLength(AccountFieldRules.MaxSubjectLength);
        note.Property(n => n.ByName).HasMaxLength(200);
        note.Property(n => n.Text).HasMaxLength(QuoteInternalNote.MaxTextLength);
    }
}
