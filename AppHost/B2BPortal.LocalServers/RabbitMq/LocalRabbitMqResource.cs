using System.Globalization;
using Aspire.Hosting.ApplicationModel;
using B2BPortal.LocalServers.RabbitMq.DeadLetters;

namespace B2BPortal.LocalServers.RabbitMq;

/// <summary>A RabbitMQ node from the OS packages; its connection string is <c>amqp://guest:guest@127.0.0.1:port/</c>.</summary>
public sealed class LocalRabbitMqResource(string name, string command, string workingDirectory, int port, string controlScript,
    IReadOnlyDictionary<string, string> environment)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString, IDeadLetterQueues
{
    public int Port { get; } = port;

    /// <summary>The <c>_error</c> queues that hold messages, as <c>rabbitmqctl list_queues</c> reports them (AMQP cannot list queues).</summary>
    public async Task<IReadOnlyList<DeadLetterQueue>> ListAsync(CancellationToken cancellationToken)
    {
        var output = await OneShotCommand.RunAsync(controlScript, ["-q", "list_queues", "name", "messages"], WorkingDirectory, cancellationToken, environment);
        return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('\t'))
            .Where(columns => columns.Length == 2 && columns[0].EndsWith(DeadLetterQueue.Suffix, StringComparison.Ordinal))
            .Select(columns => new DeadLetterQueue(columns[0], long.Parse(columns[1], CultureInfo.InvariantCulture)))
            .Where(queue => queue.Count > 0)];
    }

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{ConnectionString()}");

    internal string ConnectionString() =>
        $"amqp://{DevelopmentCredentials.RabbitMqUser}:{DevelopmentCredentials.RabbitMqPassword}@127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}/";
}
