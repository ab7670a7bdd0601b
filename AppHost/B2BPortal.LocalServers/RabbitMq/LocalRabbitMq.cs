using System.Globalization;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;

namespace B2BPortal.LocalServers.RabbitMq;

/// <summary>
/// A RabbitMQ node from the OS packages with its own epmd as a resource of its own (one the node started itself would daemonise and
/// outlive it), both on loopback. Node name, ports and data directory stay the same across stop and start, so queues and messages
/// survive; the distribution and epmd ports are the AMQP port plus 10,000 and 20,000 when free.
/// </summary>
internal static class LocalRabbitMq
{
    private const string ScriptDirectory = "/usr/lib/rabbitmq/bin";
    private const string InstallHint = "Install it: apt-get install -y rabbitmq-server.";

    public static void RequirePrograms()
    {
        ExecutableLocator.Require("epmd", InstallHint);
        Script("rabbitmq-server");
        Script("rabbitmqctl");
    }

    public static IResourceBuilder<LocalRabbitMqResource> Add(LocalServers servers, string name, int port)
    {
        var layout = new RabbitMqLayout(servers.PathFor("rabbitmq"), $"{name}@localhost", port,
            FreePort.Choose(null, port + 10_000), FreePort.Choose(null, port + 20_000));
        layout.Create();
        var environment = layout.Environment();

        var epmdCheck = $"{name}-epmd_check";
        servers.Builder.Services.AddHealthChecks().Add(new(epmdCheck, _ => new TcpHealthCheck(layout.EpmdPort), null, null));
        var epmd = servers.Builder.AddExecutable($"{name}-epmd", ExecutableLocator.Require("epmd", InstallHint), layout.Root,
                "-port", layout.EpmdPort.ToString(CultureInfo.InvariantCulture), "-address", "127.0.0.1")
            .WithEnvironment(context => Apply(context, environment))
            .WithHealthCheck(epmdCheck);

        var broker = new LocalRabbitMqResource(name, Script("rabbitmq-server"), layout.Root, port, Script("rabbitmqctl"), environment);
        var healthCheck = $"{name}_check";
        servers.Builder.Services.AddHealthChecks().Add(new(healthCheck, _ => new AmqpHealthCheck(broker.ConnectionString()), null, null));
        epmd.WithParentRelationship(servers.Builder.CreateResourceBuilder(broker));
        return servers.Builder.AddResource(broker)
            .WithEndpoint(name: "tcp", port: port, targetPort: port, isProxied: false)
            .WithEnvironment(context => Apply(context, environment))
            .WaitFor(epmd)
            .WithHealthCheck(healthCheck);
    }

    private static void Apply(EnvironmentCallbackContext context, IReadOnlyDictionary<string, string> environment)
    {
        foreach (var (key, value) in environment)
        {
            context.EnvironmentVariables[key] = value;
        }
    }

    private static string Script(string name)
    {
        var path = Path.Combine(ScriptDirectory, name);
        return File.Exists(path) ? path : ExecutableLocator.Require(name, InstallHint);
    }
}
