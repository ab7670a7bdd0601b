using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace B2BPortal.BuildingBlocks.Messaging;

/// <summary>Wakes the relay as soon as outbox rows may be committed, instead of waiting for the next poll.</summary>
internal sealed class OutboxSignal
{
    private readonly SemaphoreSlim signal = new(0, 1);

    public void Notify()
    {
        if (signal.CurrentCount == 0)
        {
            try { signal.Release(); } catch (SemaphoreFullException) { }
        }
    }

    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => signal.WaitAsync(timeout, cancellationToken);
}

internal sealed class OutboxSignalInterceptor(OutboxSignal signal) : SaveChangesInterceptor
{
    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        NotifyIfOutboxWritten(eventData.Context);
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        NotifyIfOutboxWritten(eventData.Context);
        return base.SavedChanges(eventData, result);
    }

    private void NotifyIfOutboxWritten(DbContext? context)
    {
        if (context is IMessagingDbContext && context.Database.CurrentTransaction is null)
        {
            signal.Notify();
        }
    }
}

/// <summary>A SaveChanges inside an explicit transaction commits its outbox rows only with the transaction: signal then.</summary>
internal sealed class OutboxCommitInterceptor(OutboxSignal signal) : DbTransactionInterceptor
{
    public override Task TransactionCommittedAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        NotifyIfMessaging(eventData.Context);
        return base.TransactionCommittedAsync(transaction, eventData, cancellationToken);
    }

    public override void TransactionCommitted(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData)
    {
        NotifyIfMessaging(eventData.Context);
        base.TransactionCommitted(transaction, eventData);
    }

    private void NotifyIfMessaging(DbContext? context)
    {
        if (context is IMessagingDbContext)
        {
            signal.Notify();
        }
    }
}
