using System.Globalization;

namespace B2BPortal.BuildingBlocks.Audit;

/// <summary>
/// Where a page of the trail ends, across services: records are ordered newest first, then by service name, then by chain sequence,
/// all descending, so the BFF can merge several services' pages into one and any service can continue after the cursor.
/// Written as <c>{unix microseconds}.{service}.{sequence}</c>.
/// </summary>
public sealed record AuditCursor(long OccurredAtMicroseconds, string Service, long Sequence)
{
    public static AuditCursor Of(DateTimeOffset occurredAt, string service, long sequence) => new(Microseconds(occurredAt), service, sequence);

    public static long Microseconds(DateTimeOffset at) => (at.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;

    public DateTimeOffset OccurredAt => DateTimeOffset.UnixEpoch.AddTicks(OccurredAtMicroseconds * 10);

    public static bool TryParse(string? text, out AuditCursor? cursor)
    {
        cursor = null;
        var parts = text?.Split('.');
        if (parts is not { Length: 3 }
            || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var micros)
            || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            || parts[1].Length is 0 or > 32 || !parts[1].All(char.IsAsciiLetterLower))
        {
            return false;
        }

        cursor = new AuditCursor(micros, parts[1], sequence);
        return true;
    }

    /// <summary>Whether a record comes after (is older than) this cursor in the trail's order.</summary>
    public bool Precedes(DateTimeOffset occurredAt, string service, long sequence)
    {
        var at = Microseconds(occurredAt);
        return at != OccurredAtMicroseconds ? at < OccurredAtMicroseconds
            : service != Service ? string.CompareOrdinal(service, Service) < 0
            : sequence < Sequence;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{OccurredAtMicroseconds}.{Service}.{Sequence}");
}
