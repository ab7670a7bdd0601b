using B2BPortal.Hosting.Processes;

namespace B2BPortal.Hosting.Servers.RabbitMq;

/// <summary>
/// The broker scripts under /usr/lib/rabbitmq/bin: as root, the /usr/sbin wrappers switch user, and then the Erlang cookie does not match.
/// </summary>
internal static class RabbitMqInstallation
{
    private const string ScriptDirectory = "/usr/lib/rabbitmq/bin";
    private const string InstallHint = "Install it (apt-get install -y rabbitmq-server) or start a Docker engine.";

    public static string Server => Script("rabbitmq-server");

    public static string Ctl => Script("rabbitmqctl");

    public static string Epmd => ExecutableLocator.Require("epmd", InstallHint);

    private static string Script(string name)
    {
        var path = Path.Combine(ScriptDirectory, name);
        return File.Exists(path) ? path : ExecutableLocator.Require(name, InstallHint);
    }
}
