using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using B2BPortal.LocalServers.Postgres;
using B2BPortal.LocalServers.RabbitMq;
using B2BPortal.LocalServers.RabbitMq.DeadLetters;
using B2BPortal.LocalServers.Redis;

namespace B2BPortal.Tests.Hosting;

/// <summary>
/// The AppHost's one choice of servers: the OS packages' servers, or Aspire's own container integrations where a container
/// runtime answers. No container runtime runs here, so the container model is built and read, not started: it must give every
/// service the same connection names as the model the other tests run.
/// </summary>
public sealed class ServerChoiceTests
{
    [Fact]
    public async Task Containers_are_Aspires_own_integrations_and_the_schemas_log_in_as_their_roles_on_them()
    {
        await using var model = await ModelAsync("containers");

        var postgres = Assert.IsType<PostgresServerResource>(Resource(model, "postgres"));
        var messaging = Assert.IsType<RabbitMQServerResource>(Resource(model, "messaging"));
        Assert.IsType<RedisResource>(Resource(model, "redis"));
        Assert.Single(messaging.Annotations.OfType<DeadLetterQueuesAnnotation>());
        Assert.Contains(messaging.Annotations.OfType<ResourceCommandAnnotation>(), command => command.Name == DeadLetterCommands.Replay);

        var accountDb = Assert.IsType<PortalSchemaResource>(Resource(model, "accountdb"));
        Assert.Same(postgres, accountDb.Parent.Parent);
        var connection = accountDb.ConnectionStringExpression.ValueExpression;
        Assert.Contains("{postgres.bindings.tcp.port}", connection);
        Assert.Contains("Database=portal;Username=account_service;", connection);
        Assert.EndsWith("Search Path=account", connection);
    }

    [Fact]
    public async Task Local_servers_and_containers_give_every_service_the_same_connection_names()
    {
        await using var local = await ModelAsync("local");
        await using var containers = await ModelAsync("containers");

        Assert.IsType<LocalPostgresResource>(Resource(local, "postgres"));
        Assert.IsType<LocalRabbitMqResource>(Resource(local, "messaging"));
        Assert.IsType<LocalRedisResource>(Resource(local, "redis"));
        var projects = local.Resources.OfType<ProjectResource>().Select(p => p.Name).Order().ToList();
        Assert.Contains("order", projects);
        foreach (var name in projects)
        {
            Assert.Equal(await ConnectionNamesAsync(local, name), await ConnectionNamesAsync(containers, name));
        }
    }

    private static async Task<IDistributedApplicationTestingBuilder> ModelAsync(string servers) =>
        await DistributedApplicationTestingBuilder.CreateAsync<Projects.B2BPortal_AppHost>(
            ["--servers", servers, "--AppHost:StateDirectory", Infrastructure.TempDirectory.Create($"model-{servers}")]);

    private static IResource Resource(IDistributedApplicationTestingBuilder model, string name) => model.Resources.Single(r => r.Name == name);

    private static async Task<List<string>> ConnectionNamesAsync(IDistributedApplicationTestingBuilder model, string project)
    {
#pragma warning disable CS0618 // the replacement (ExecutionConfigurationBuilder) needs a running app's services; the manifest form is enough here
        var environment = await ((ProjectResource)Resource(model, project)).GetEnvironmentVariableValuesAsync(DistributedApplicationOperation.Publish);
#pragma warning restore CS0618
        return [.. environment.Keys.Where(key => key.StartsWith("ConnectionStrings__", StringComparison.Ordinal)).Order()];
    }
}
