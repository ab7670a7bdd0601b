using System.Net;
using System.Net.Http.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using B2BPortal.Contracts.Erp;
using B2BPortal.LocalServers.RabbitMq.DeadLetters;
using B2BPortal.Tests.Infrastructure;

namespace B2BPortal.Tests.Messaging;

/// <summary>
/// A message that fails every retry is listed by the broker resource's "Show dead letters" command with its exception, and its
/// "Replay dead letters" command sends it to its consumer again. The failure is real: the ERP changes a price in a contract
/// Pricing does not hold.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class DeadLetterReplayTests(PortalFixture portal)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task A_message_that_failed_every_retry_is_shown_with_its_exception_and_the_replay_command_delivers_it_again()
    {
        var unknownContract = Guid.NewGuid();
        using var erp = new HttpClient { BaseAddress = portal.App.GetEndpoint("erp-simulator") };
        using (var set = await erp.PostAsJsonAsync("/erp/admin/contract-prices",
                   new ErpContractPriceSetting(unknownContract, Demo.AcmeIndustrial, "PMP-1001", 1_500m, [])))
        {
            Assert.Equal(HttpStatusCode.NoContent, set.StatusCode);
        }

        var failed = await Eventually.ReturnsAsync(() => DeadLetterAboutAsync(unknownContract), Patience, $"the dead letter about contract {unknownContract}");
        Assert.Equal("System.InvalidOperationException", failed.Letter.ExceptionType);

        await ExecuteAsync(DeadLetterCommands.Show);
        var shown = await Eventually.ReturnsAsync(async () => (await BrokerLogAsync()).FirstOrDefault((string line) => line.Contains(failed.Letter.MessageId, StringComparison.Ordinal)),
            Patience, "the broker's console log to show the dead letter");
        Assert.Contains(unknownContract.ToString(), shown, StringComparison.Ordinal);

        await ExecuteAsync(DeadLetterCommands.Replay);
        var failedAgain = await Eventually.ReturnsAsync(async () => await DeadLetterAboutAsync(unknownContract) is { } again
                && again.Letter.MessageId == failed.Letter.MessageId && again.Letter.FaultedAt != failed.Letter.FaultedAt ? again : null,
            Patience, "the replayed message to reach its consumer and fail again");
        Assert.Equal(failed.Queue.ErrorQueue, failedAgain.Queue.ErrorQueue);
    }

    private async Task ExecuteAsync(string command)
    {
        var result = await portal.App.ResourceCommands.ExecuteCommandAsync(Broker(), command);
        Assert.True(result.Success, result.Message);
    }

    private async Task<IReadOnlyList<string>> BrokerLogAsync()
    {
        var lines = new List<string>();
        var broker = Broker();
        await foreach (var batch in portal.App.Services.GetRequiredService<ResourceLoggerService>().GetAllAsync(broker))
        {
            lines.AddRange(batch.Select(line => line.Content));
        }

        return lines;
    }

    /// <summary>The dead letter about the contract, found as the commands find it (without taking the messages).</summary>
    private async Task<Finding?> DeadLetterAboutAsync(Guid contract)
    {
        var queues = Broker().Annotations.OfType<DeadLetterQueuesAnnotation>().Single().Queues;
        foreach (var queue in await queues.ListAsync(CancellationToken.None))
        {
            var letters = await new DeadLetterBroker(portal.RabbitMqUri).ListAsync(queue, CancellationToken.None);
            if (letters.FirstOrDefault(l => l.ExceptionMessage?.Contains(contract.ToString(), StringComparison.Ordinal) == true) is { } letter)
            {
                return new Finding(queue, letter);
            }
        }

        return null;
    }

    /// <summary>The broker, whichever servers the AppHost chose (the OS package's, or Aspire's container).</summary>
    private IResource Broker() => portal.App.Services.GetRequiredService<DistributedApplicationModel>().Resources.Single(r => r.Name == "messaging");

    private sealed record Finding(DeadLetterQueue Queue, DeadLetter Letter);
}
