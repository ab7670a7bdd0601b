using System.Net;
using System.Net.Http.Json;
using B2BPortal.Contracts.Erp;
using B2BPortal.Dashboard.DeadLetters;
using B2BPortal.Tests.Infrastructure;

namespace B2BPortal.Tests.Dashboard;

/// <summary>
/// A message that fails every retry shows in the dashboard's dead letters with its exception, and a replay sends it to
/// its consumer again. The failure is real: the ERP changes a price in a contract Pricing does not hold.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class DeadLetterTests(PortalFixture portal)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task A_message_that_failed_every_retry_is_listed_with_its_exception_and_a_replay_delivers_it_again()
    {
        var unknownContract = Guid.NewGuid();
        using var erp = new HttpClient { BaseAddress = portal.App.GetEndpoint("erp-simulator") };
        using (var set = await erp.PostAsJsonAsync("/erp/admin/contract-prices",
                   new ErpContractPriceSetting(unknownContract, Demo.AcmeIndustrial, "PMP-1001", 1_500m, [])))
        {
            Assert.Equal(HttpStatusCode.NoContent, set.StatusCode);
        }

        using var dashboard = new HttpClient { BaseAddress = portal.Dashboard.UiUrl };
        var queue = await Eventually.ReturnsAsync(async () =>
            (await dashboard.GetFromJsonAsync<List<DeadLetterQueue>>("/api/dead-letters"))!.FirstOrDefault(q => q.Resource == "pricing" && q.Count > 0),
            Patience, "Pricing to report a dead letter");
        var letter = await FindAsync(dashboard, queue.Queue, unknownContract);
        Assert.Equal("System.InvalidOperationException", letter.ExceptionType);

        using (var replay = await dashboard.PostAsync($"/api/dead-letters/{queue.Queue}/{letter.MessageId}/replay", null))
        {
            Assert.Equal(HttpStatusCode.NoContent, replay.StatusCode);
        }

        var listed = await dashboard.GetFromJsonAsync<List<DeadLetter>>($"/api/dead-letters/{queue.Queue}");
        Assert.DoesNotContain(listed!, l => l.MessageId == letter.MessageId);
        var failedAgain = await Eventually.ReturnsAsync(async () =>
            (await dashboard.GetFromJsonAsync<List<DeadLetter>>($"/api/dead-letters/{queue.Queue}"))!
                .FirstOrDefault(l => l.MessageId == letter.MessageId && l.FaultedAt != letter.FaultedAt),
            Patience, "the replayed message to reach its consumer and fail again");
        Assert.Contains(unknownContract.ToString(), failedAgain.ExceptionMessage, StringComparison.Ordinal);

        using var unknown = await dashboard.PostAsync($"/api/dead-letters/{queue.Queue}/{Guid.NewGuid()}/replay", null);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private static Task<DeadLetter> FindAsync(HttpClient dashboard, string queue, Guid contract) =>
        Eventually.ReturnsAsync(async () => (await dashboard.GetFromJsonAsync<List<DeadLetter>>($"/api/dead-letters/{queue}"))!
            .FirstOrDefault(l => l.ExceptionMessage?.Contains(contract.ToString(), StringComparison.Ordinal) == true),
            Patience, $"the dead letter about contract {contract}");
}
