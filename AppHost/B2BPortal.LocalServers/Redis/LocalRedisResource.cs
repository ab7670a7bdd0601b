using Aspire.Hosting.ApplicationModel;

namespace B2BPortal.LocalServers.Redis;

/// <summary>redis-server from the OS packages; its connection string is <c>127.0.0.1:port</c>.</summary>
public sealed class LocalRedisResource(string name, string command, string workingDirectory, int port)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    public int Port { get; } = port;

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"127.0.0.1:{Port.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
}
