namespace B2BPortal.Contracts;

/// <summary>How far any list may be paged, in one place: past this a list is searched, not paged, and no offset overflows.</summary>
public static class PageRules
{
    public const int MaxPage = 10_000;

    public static string? PageProblem(int? page) => page is < 1 or > MaxPage ? $"Pages start at 1 and go up to {MaxPage:N0}; search to narrow the list." : null;
}
