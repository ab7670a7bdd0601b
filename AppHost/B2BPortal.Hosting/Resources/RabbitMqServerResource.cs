using B2BPortal.Hosting.Servers;

namespace B2BPortal.Hosting;

public sealed class RabbitMqServerResource : Resource, IResourceWithConnectionString
{
    internal RabbitMqServerResource(string name, int? port)
        : base(name)
    {
        AmqpPort = new AllocatedPort(name, port, DefaultPorts.RabbitMq);
        DistributionPort = new AllocatedPort($"{name} (Erlang distribution)", requested: null, preferred: null);
        EpmdPort = new AllocatedPort($"{name} (epmd)", requested: null, preferred: null);
    }

    public override string TypeName => "RabbitMQ";

    internal AllocatedPort AmqpPort { get; }

    internal AllocatedPort DistributionPort { get; }

    internal AllocatedPort EpmdPort { get; }

    internal string NodeName => $"portal-{AmqpPort.Value}@localhost";

    internal override IEnumerable<AllocatedPort> Ports => [AmqpPort, DistributionPort, EpmdPort];

    internal override AllocatedPort ServicePort => AmqpPort;

    internal override Uri? Url => AmqpPort.IsAllocated ? new Uri($"amqp://127.0.0.1:{AmqpPort.Value}") : null;

    public string GetConnectionString() =>
        $"amqp://{DevelopmentCredentials.RabbitMqUser}:{DevelopmentCredentials.RabbitMqPassword}@127.0.0.1:{AmqpPort.Value}/";
}
