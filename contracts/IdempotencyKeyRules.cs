namespace B2BPortal.Contracts;

/// <summary>
/// The <c>Idempotency-Key</c> header every creating call takes (orders, quotes): the caller's own value, sent again unchanged
/// on a retry, which then answers the first result instead of creating a second.
/// </summary>
public static class IdempotencyKeyRules
{
    public const string Header = "Idempotency-Key";
    public const int MaxLength = 100;

    /// <summary>What is wrong with the key, in words naming what it creates (<paramref name="what"/>: "order", "request for quotation").</summary>
    public static string? Problem(string? key, string what) => key switch
    {
        null or { Length: 0 } => $"Send an Idempotency-Key header with every {what}: a value you choose once per {what} (a UUID is best) and send " +
                                 $"again, unchanged, when you retry. A retry with the same key answers the first {what} instead of making another.",
        { Length: > MaxLength } => $"The Idempotency-Key has at most {MaxLength} characters.",
        _ when key.Any(c => c is < '!' or > '~') => "The Idempotency-Key may hold visible ASCII characters only (a UUID is best).",
        _ => null,
    };
}
