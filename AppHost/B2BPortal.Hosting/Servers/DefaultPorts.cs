namespace B2BPortal.Hosting.Servers;

/// <summary>Preferred ports: each server's usual port plus 10,000, so a system-wide server can keep its own.</summary>
internal static class DefaultPorts
{
    public const int Postgres = 15432;
    public const int RabbitMq = 15672;
    public const int Redis = 16379;
}
