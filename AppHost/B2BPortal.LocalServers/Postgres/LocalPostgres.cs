using System.Globalization;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;

namespace B2BPortal.LocalServers.Postgres;

/// <summary>
/// PostgreSQL from the OS packages, data in <c>{state}/postgres/data</c> (created by initdb before the first start, kept across
/// runs), listening on 127.0.0.1 only. Once it is healthy, its databases, login roles and schemas are made to exist
/// (<see cref="PostgresCluster"/>).
/// </summary>
internal static class LocalPostgres
{
    public static void RequirePrograms() => PostgresInstallation.Locate();

    public static PostgresCluster Add(LocalServers servers, string name, int port)
    {
        var installation = PostgresInstallation.Locate();
        var root = servers.PathFor("postgres");
        var data = Path.Combine(root, "data");
        var sockets = Path.Combine(root, "socket");
        Directory.CreateDirectory(root);
        var (command, prefix) = installation.Server;
        var postgres = new LocalPostgresResource(name, command, root);

        servers.Builder.Eventing.Subscribe<BeforeResourceStartedEvent>(postgres, async (_, cancellationToken) =>
        {
            await installation.PrepareDirectoriesAsync(servers.StateDirectory, [root, sockets], cancellationToken);
            if (!File.Exists(Path.Combine(data, "PG_VERSION")))
            {
                await InitializeAsync(installation, root, data, cancellationToken);
            }
        });
        var server = servers.Builder.AddResource(postgres)
            .WithEndpoint(name: "tcp", port: port, targetPort: port, isProxied: false)
            // Every service may hold up to 30 connections (ServiceDatabaseExtensions); the default 100 is less than they add up to.
            // An autovacuum run of a quarter second or more is logged: on a small machine it is a pause that requests wait out.
            .WithArgs([.. prefix, "-D", data, "-p", port.ToString(CultureInfo.InvariantCulture), "-k", sockets,
                "-c", "listen_addresses=127.0.0.1", "-c", "max_connections=500", "-c", "log_autovacuum_min_duration=250ms"]);
        postgres.Cluster = PostgresCluster.On(server, postgres.GetEndpoint("tcp"));
        server.WithLoginHealthCheck();
        return postgres.Cluster;
    }

    private static async Task InitializeAsync(PostgresInstallation installation, string root, string data, CancellationToken cancellationToken)
    {
        var passwordFile = Path.Combine(root, "superuser-password");
        await File.WriteAllTextAsync(passwordFile, DevelopmentCredentials.PostgresSuperuserPassword, cancellationToken);
        try
        {
            await installation.RunAsync("initdb",
                ["-D", data, "-U", DevelopmentCredentials.PostgresSuperuser, "--auth=scram-sha-256", $"--pwfile={passwordFile}", "--encoding=UTF8", "--no-locale"],
                root, cancellationToken);
        }
        finally
        {
            File.Delete(passwordFile);
        }
    }
}
