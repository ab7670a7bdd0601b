using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace B2BPortal.BuildingBlocks.Messaging;

/// <summary>
/// Wakes the relay as soon as new outbox rows are committed, instead of waiting for the next poll. Only a save that adds
/// outbox rows counts — the relay's own commits must not wake it, or it would spin.
/// </summary>
internal sealed class OutboxSignal
{
    private readonly SemaphoreSlim signal = new(0, 1);
    private readonly ConditionalWeakTable<DbContext, object> pending = [];

    public void Notify()
    {
        if (signal.CurrentCount == 0)
        {
            try { signal.Release(); } catch (SemaphoreFullException) { }
        }
    }

    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => signal.WaitAsync(timeout, cancellationToken);

    /// <summary>When an outbox row is added: remembers that this context will write outbox rows with its next save.</summary>
    public void NoteOutboxRow(DbContext context) => pending.AddOrUpdate(context, this);

    /// <summary>Once the rows are committed (after the save, or after the surrounding transaction commits): wake the relay.</summary>
    public void NotifyIfCommitted(DbContext context, bool transactionCommitted)
    {
        if ((transactionCommitted || context.Database.CurrentTransaction is null) && pending.Remove(context))
        {
            Notify();
        }
    }
}

internal sealed class OutboxSignalInterceptor(OutboxSignal signal) : SaveChangesInterceptor
{
    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Committed(eventData.Context);
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Committed(eventData.Context);
        return base.SavedChanges(eventData, result);
    }

    private void Committed(DbContext? context)
    {
        if (context is IMessagingDbContext)
        {
            signal.NotifyIfCommitted(context, transactionCommitted: false);
        }
    }
}

/// <summary>A save inside an explicit transaction commits its outbox rows only with the transaction: signal then.</summary>
internal sealed class OutboxCommitInterceptor(OutboxSignal signal) : DbTransactionInterceptor
{
    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(eventData.Context);
        return base.TransactionCommittedAsync(transaction, eventData, cancellationToken);
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        Committed(eventData.Context);
        base.TransactionCommitted(transaction, eventData);
    }

    private void Committed(DbContext? context)
    {
        if (context is IMessagingDbContext)
        {
            signal.NotifyIfCommitted(context, transactionCommitted: true);
        }
    }
}
