using B2BPortal.BuildingBlocks.Messaging;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Account.Data;

public sealed class AccountDbContext(DbContextOptions<AccountDbContext> options) : DbContext(options), IMessagingDbContext
{
    public const string Schema = "account";

    public DbSet<Features.Accounts.Account> Accounts => Set<Features.Accounts.Account>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<Features.Accounts.Account>(account =>
        {
            account.HasKey(a => a.Id);
            account.Property(a => a.Name).HasMaxLength(200);
            account.HasOne<Features.Accounts.Account>().WithMany().HasForeignKey(a => a.ParentId).OnDelete(DeleteBehavior.Restrict);
            account.HasIndex(a => a.ParentId);
        });
        modelBuilder.AddMessagingTables();
    }
}
