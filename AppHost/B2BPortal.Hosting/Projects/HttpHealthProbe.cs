using System.Net;

namespace B2BPortal.Hosting.Projects;

internal static class HttpHealthProbe
{
    public static async Task<bool> AnswersOkAsync(HttpClient http, Uri healthUrl, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(healthUrl, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        return response.StatusCode == HttpStatusCode.OK;
    }
}
