using Npgsql;

namespace B2BPortal.ServiceDefaults;

/// <summary>
/// Recognises a request that lost a race with another one changing the same data: EF Core's optimistic-concurrency failure
/// (a row it meant to change or remove was changed or removed first), or PostgreSQL refusing a duplicate key, a serialization
/// failure or a deadlock. The caller can act on that (read again, and retry if it still applies), so it is a 409, not a 500.
/// </summary>
internal static class ConcurrentChanges
{
    // By name: this assembly serves the BFF too and does not take EF Core for one type.
    private const string EfConcurrencyFailure = "Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException";

    private static readonly HashSet<string> LostRaces =
        [PostgresErrorCodes.UniqueViolation, PostgresErrorCodes.SerializationFailure, PostgresErrorCodes.DeadlockDetected];

    public static bool LostRace(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current.GetType().FullName == EfConcurrencyFailure || current is PostgresException { SqlState: var state } && LostRaces.Contains(state))
            {
                return true;
            }
        }

        return false;
    }
}
