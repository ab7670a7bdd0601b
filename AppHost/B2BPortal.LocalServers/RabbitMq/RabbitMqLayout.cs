using System.Globalization;

namespace B2BPortal.LocalServers.RabbitMq;

/// <summary>Everything a node reads and writes lives under <c>{state}/rabbitmq</c>, and every setting comes from its environment.</summary>
internal sealed class RabbitMqLayout(string root, string nodeName, int amqpPort, int distributionPort, int epmdPort)
{
    public string Root { get; } = root;

    public int EpmdPort { get; } = epmdPort;

    private string ConfigFile => Path.Combine(Root, "rabbitmq.conf");

    private string PluginsFile => Path.Combine(Root, "enabled_plugins");

    private string EnvironmentFile => Path.Combine(Root, "rabbitmq-env.conf");

    public void Create()
    {
        foreach (var directory in new[] { "home", "mnesia", "log" })
        {
            Directory.CreateDirectory(Path.Combine(Root, directory));
        }

        File.WriteAllText(ConfigFile, "# Written by AppHost: RabbitMQ defaults; guest/guest may connect from loopback only.\n");
        File.WriteAllText(PluginsFile, "[].\n");
        File.WriteAllText(EnvironmentFile, "");
    }

    /// <summary>As root, the /usr/sbin wrappers switch user and the Erlang cookie no longer matches: the scripts are run directly.</summary>
    public IReadOnlyDictionary<string, string> Environment() => new Dictionary<string, string>
    {
        ["RABBITMQ_NODENAME"] = nodeName,
        ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
        ["RABBITMQ_NODE_PORT"] = Format(amqpPort),
        ["RABBITMQ_DIST_PORT"] = Format(distributionPort),
        ["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = "-kernel inet_dist_use_interface {127,0,0,1}",
        ["HOME"] = Path.Combine(Root, "home"),
        ["RABBITMQ_MNESIA_BASE"] = Path.Combine(Root, "mnesia"),
        ["RABBITMQ_LOG_BASE"] = Path.Combine(Root, "log"),
        ["RABBITMQ_LOGS"] = "-",
        ["RABBITMQ_CONFIG_FILE"] = ConfigFile,
        ["RABBITMQ_ADVANCED_CONFIG_FILE"] = Path.Combine(Root, "advanced.config"),
        ["RABBITMQ_ENABLED_PLUGINS_FILE"] = PluginsFile,
        ["RABBITMQ_CONF_ENV_FILE"] = EnvironmentFile,
        ["ERL_EPMD_PORT"] = Format(EpmdPort),
        ["ERL_EPMD_ADDRESS"] = "127.0.0.1",
    };

    private static string Format(int port) => port.ToString(CultureInfo.InvariantCulture);
}
