namespace B2BPortal.ServiceDefaults.Input;

/// <summary>
/// How large a request may be, for every host. A command's body is small; routes that take lines (orders, price batches,
/// imports, assortment rules) opt into the bulk size with <see cref="InputPolicy.AcceptsBulkBody{TBuilder}"/>.
/// </summary>
public static class RequestLimits
{
    public const long CommandBody = 64 * 1024;

    /// <summary>A 5,000-line order, price batch or CSV with long notes.</summary>
    public const long BulkBody = 4 * 1024 * 1024;

    public const int MaxUrlLength = 8 * 1024;

    public const int MaxHeaderBytes = 32 * 1024;

    /// <summary>
    /// Kestrel's own limits sit above ours, so a request between the two gets a problem that says what to do; only one past
    /// Kestrel's is answered by Kestrel itself, with an empty 414 or 431.
    /// </summary>
    internal const int KestrelLineAndHeaders = 512 * 1024;

    /// <summary>The one answer to a body past its route's limit, wherever it is found (Content-Length, or while reading).</summary>
    internal static string TooLargeDetail(long? routeLimit) =>
        (routeLimit is { } most ? $"This route takes a body of at most {most / 1024:N0} KB. " : "The body is larger than this route takes. ") +
        $"Orders, price batches and imports take up to {BulkBody / 1024 / 1024} MB, other requests up to {CommandBody / 1024} KB.";
}
