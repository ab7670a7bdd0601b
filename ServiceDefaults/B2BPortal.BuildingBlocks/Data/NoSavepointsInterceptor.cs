using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace B2BPortal.BuildingBlocks.Data;

/// <summary>
/// A <c>SaveChanges</c> inside an explicit transaction saves without a savepoint around it. EF Core would otherwise send
/// <c>SAVEPOINT</c> before and <c>RELEASE SAVEPOINT</c> after every such save, two round trips that matter on the hot paths
/// (placing an order, every inbox consumer, every outbox relay pass) and that no caller here uses: every code path that catches
/// a failed save inside a transaction rolls the whole transaction back.
/// </summary>
internal sealed class NoSavepointsInterceptor : SaveChangesInterceptor
{
    public static readonly NoSavepointsInterceptor Instance = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Disable(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Disable(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Disable(DbContext? context)
    {
        if (context is not null)
        {
            context.Database.AutoSavepointsEnabled = false;
        }
    }
}
