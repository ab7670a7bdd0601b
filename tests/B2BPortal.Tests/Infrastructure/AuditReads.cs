using System.Net.Http.Json;
using B2BPortal.Contracts.Audit;

namespace B2BPortal.Tests.Infrastructure;

/// <summary>Reads the audit trail through the BFF as the caller of the client given.</summary>
public static class AuditReads
{
    public static async Task<IReadOnlyList<AuditRecordDto>> TrailAsync(this HttpClient http, Guid account, string query = "")
    {
        using var response = await http.GetAsync($"/api/v1/accounts/{account}/audit?take=500&{query}");
        Assert.True(response.IsSuccessStatusCode, $"audit of {account}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<AuditPageDto>())!.Records;
    }

    /// <summary>The records of one thing (an order number, an e-mail, a client id), oldest first.</summary>
    public static async Task<List<AuditRecordDto>> RecordsOfAsync(this HttpClient http, Guid account, string target) =>
        [.. (await http.TrailAsync(account, $"target={Uri.EscapeDataString(target)}")).Reverse()];

    public static async Task<AccountAuditVerificationDto> VerifyTrailAsync(this HttpClient http, Guid account)
    {
        using var response = await http.GetAsync($"/api/v1/accounts/{account}/audit/verification");
        Assert.True(response.IsSuccessStatusCode, $"verification of {account}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<AccountAuditVerificationDto>())!;
    }
}
