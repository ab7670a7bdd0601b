using System.Net;

namespace B2BPortal.Tests.Infrastructure;

public static class PublicApi
{
    /// <summary>
    /// The BFF's <c>/openapi/v1.json</c> once every proxied service has answered: right after start-up a cold service may
    /// take longer than the BFF waits, and the document then names the service it could not describe.
    /// </summary>
    public static async Task<string> PublicApiDocumentAsync(this PortalFixture portal)
    {
        using var http = new HttpClient { BaseAddress = portal.BffUrl };
        return await Eventually.ReturnsAsync(async () =>
        {
            using var response = await http.GetAsync("/openapi/v1.json");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var json = await response.Content.ReadAsStringAsync();
            return json.Contains("Not described right now", StringComparison.Ordinal) ? null : json;
        }, TimeSpan.FromSeconds(60), "every service to be described in the public API document");
    }
}
