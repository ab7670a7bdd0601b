using Microsoft.EntityFrameworkCore;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace B2BPortal.BuildingBlocks.Audit;

/// <summary>A service DbContext that holds the service's audit trail.</summary>
public interface IAuditDbContext
{
    DbSet<AuditRecord> AuditRecords { get; }
}

public static class AuditModelBuilderExtensions
{
    /// <summary>Maps <c>audit_records</c> into the context's default schema; its chain columns are the database's to fill.</summary>
    public static ModelBuilder AddAuditTable(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AuditRecord>(record =>
        {
            record.ToTable("audit_records");
            record.HasKey(r => r.Id);
            record.Property(r => r.Sequence).ValueGeneratedOnAdd().Metadata.SetValueGenerationStrategy(NpgsqlValueGenerationStrategy.None);
            record.Property(r => r.PreviousHash).ValueGeneratedOnAdd();
            record.Property(r => r.Hash).ValueGeneratedOnAdd();
            record.Property(r => r.Service).HasMaxLength(32);
            record.Property(r => r.Action).HasMaxLength(64);
            record.Property(r => r.Target).HasMaxLength(AuditRecord.MaxTextLength);
            record.Property(r => r.SubjectId).HasMaxLength(64);
            record.Property(r => r.Summary).HasMaxLength(AuditRecord.MaxSummaryLength);
            record.Property(r => r.ActorKind).HasMaxLength(16);
            record.Property(r => r.ActorId).HasMaxLength(AuditRecord.MaxTextLength);
            record.Property(r => r.ActorName).HasMaxLength(AuditRecord.MaxTextLength);
            record.Property(r => r.OnBehalfOf).HasMaxLength(AuditRecord.MaxTextLength);
            record.Property(r => r.IpAddress).HasMaxLength(64);
            record.Property(r => r.UserAgent).HasMaxLength(AuditRecord.MaxUserAgentLength);
            record.Property(r => r.Changes).HasColumnType("jsonb");
            record.Property(r => r.ProblemType).HasMaxLength(AuditRecord.MaxTextLength);
            record.Property(r => r.CorrelationId).HasMaxLength(64);
            record.Property(r => r.TraceId).HasMaxLength(32);
            record.HasIndex(r => new { r.AccountId, r.Sequence }).IsUnique();
            record.HasIndex(r => new { r.AccountId, r.OccurredAt });
            record.HasIndex(r => new { r.AccountId, r.Target });
        });
        return modelBuilder;
    }
}
