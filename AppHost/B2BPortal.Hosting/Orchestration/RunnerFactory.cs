using B2BPortal.Hosting.Logging;
using B2BPortal.Hosting.Projects;
using B2BPortal.Hosting.Servers;
using B2BPortal.Hosting.Servers.Containers;
using B2BPortal.Hosting.Servers.Postgres;
using B2BPortal.Hosting.Servers.RabbitMq;
using B2BPortal.Hosting.Servers.Redis;

namespace B2BPortal.Hosting.Orchestration;

/// <summary>Which runner, launcher and health check each kind of resource gets.</summary>
internal static class RunnerFactory
{
    public static ResourceRunner Create(Resource resource, HostingContext context, ResourceLog log, Action<ResourceSnapshot> onChanged) =>
        resource switch
        {
            { RunsElsewhere: true } => new ProvisioningRunner(resource, log, onChanged,
                (_, cancellationToken) => ExternalServer.WaitUntilAnswersAsync(resource, cancellationToken)),
            PostgresServerResource server => Server(server, log, onChanged, () => PostgresLauncher(server, context, log)),
            RabbitMqServerResource server => Server(server, log, onChanged, () => RabbitMqLauncher(server, context, log)),
            RedisResource redis => Server(redis, log, onChanged, () => RedisLauncher(redis, context, log)),
            PostgresDatabaseResource database => new ProvisioningRunner(database, log, onChanged,
                (provisionLog, cancellationToken) => PostgresProvisioner.EnsureDatabaseAsync(database, provisionLog, cancellationToken)),
            PostgresSchemaResource schema => new ProvisioningRunner(schema, log, onChanged,
                (provisionLog, cancellationToken) => PostgresProvisioner.EnsureSchemaAsync(schema, provisionLog, cancellationToken)),
            ProjectResource project => new SupervisedRunner(project, log, onChanged, SupervisionPolicy.Project,
                () => new ProjectLauncher(project, context, log)),
            ExecutableResource executable => new SupervisedRunner(executable, log, onChanged, SupervisionPolicy.Executable,
                () => new ExecutableLauncher(executable, context, log)),
            _ => throw new NotSupportedException($"{resource} cannot be run."),
        };

    private static SupervisedRunner Server(Resource server, ResourceLog log, Action<ResourceSnapshot> onChanged, Func<ResourceLauncher> createLauncher) =>
        new(server, log, onChanged, SupervisionPolicy.Server, createLauncher);

    private static ResourceLauncher PostgresLauncher(PostgresServerResource server, HostingContext context, ResourceLog log) =>
        context.UseContainers
            ? new ContainerLauncher(ContainerSpec.Postgres(server), () => ServerProbe.For(server), context, log)
            : new PostgresLocalLauncher(server, context, log);

    private static ResourceLauncher RabbitMqLauncher(RabbitMqServerResource server, HostingContext context, ResourceLog log)
    {
        if (!context.UseContainers)
        {
            return new RabbitMqLocalLauncher(server, context, log);
        }

        return new ContainerLauncher(
            ContainerSpec.RabbitMq(server),
            () => new RabbitMqHealth(server.AmqpPort.Value, ServerProbe.For(server)).CheckAsync,
            context,
            log);
    }

    private static ResourceLauncher RedisLauncher(RedisResource redis, HostingContext context, ResourceLog log) =>
        context.UseContainers
            ? new ContainerLauncher(ContainerSpec.Redis(redis), () => ServerProbe.For(redis), context, log)
            : new RedisLocalLauncher(redis, context, log);
}
