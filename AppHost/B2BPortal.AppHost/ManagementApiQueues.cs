using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using B2BPortal.LocalServers;
using B2BPortal.LocalServers.RabbitMq.DeadLetters;

namespace B2BPortal.AppHost;

/// <summary>
/// The <c>_error</c> queues of Aspire's RabbitMQ container that hold messages, from its management API (<c>GET /api/queues</c>;
/// the OS package's broker is asked with <c>rabbitmqctl</c> instead).
/// </summary>
internal sealed class ManagementApiQueues(RabbitMQServerResource broker) : IDeadLetterQueues
{
    public async Task<IReadOnlyList<DeadLetterQueue>> ListAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = new Uri(broker.ManagementEndpoint.Url) };
        var credentials = Encoding.UTF8.GetBytes($"{DevelopmentCredentials.RabbitMqContainerUser}:{DevelopmentCredentials.RabbitMqContainerPassword}");
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(credentials));
        var queues = await http.GetFromJsonAsync<List<QueueInfo>>("/api/queues?columns=name,messages", cancellationToken) ?? [];
        return [.. queues.Where(q => q.Name.EndsWith(DeadLetterQueue.Suffix, StringComparison.Ordinal) && q.Messages > 0)
            .Select(q => new DeadLetterQueue(q.Name, q.Messages))];
    }

    private sealed record QueueInfo(string Name, long Messages);
}
