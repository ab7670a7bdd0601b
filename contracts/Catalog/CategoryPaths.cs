namespace B2BPortal.Contracts.Catalog;

/// <summary>
/// Category paths like <c>pumps/centrifugal</c>. A rule on a category covers the category and everything below it;
/// this is that rule, for Entitlement, Catalog and the BFF alike.
/// </summary>
public static class CategoryPaths
{
    /// <summary>Products of this category path are customer-specific: outside an account's assortment they look unknown.</summary>
    public const string CustomerSpecific = "custom";

    public static bool IsAtOrBelow(string path, string ancestor) =>
        path == ancestor || path.StartsWith(ancestor + "/", StringComparison.Ordinal);
}
