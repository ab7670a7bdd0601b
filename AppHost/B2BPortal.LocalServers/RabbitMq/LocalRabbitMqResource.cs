using System.Globalization;
using Aspire.Hosting.ApplicationModel;

namespace B2BPortal.LocalServers.RabbitMq;

/// <summary>A RabbitMQ node from the OS packages; its connection string is <c>amqp://guest:guest@127.0.0.1:port/</c>.</summary>
public sealed class LocalRabbitMqResource(string name, string command, string workingDirectory, int port)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    public int Port { get; } = port;

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{ConnectionString()}");

    internal string ConnectionString() =>
        $"amqp://{DevelopmentCredentials.RabbitMqUser}:{DevelopmentCredentials.RabbitMqPassword}@127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}/";
}
