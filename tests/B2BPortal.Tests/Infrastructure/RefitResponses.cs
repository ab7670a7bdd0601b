using Refit;

namespace B2BPortal.Tests.Infrastructure;

public static class RefitResponses
{
    /// <summary>The body of a failed answer (a problem's JSON), for assertions and failure messages; empty when it succeeded.</summary>
    public static string ProblemText(this IApiResponse response) => (response.Error as ApiException)?.Content ?? "";
}
