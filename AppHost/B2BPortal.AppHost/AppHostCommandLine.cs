using System.Globalization;

namespace B2BPortal.AppHost;

/// <summary>The AppHost's own flags; <c>--Section:Key value</c> and <c>--SETTING_NAME value</c> are Aspire's configuration.</summary>
internal sealed record AppHostCommandLine(
    bool ShowHelp,
    bool ResetState,
    int? PostgresPort,
    int? RabbitMqPort,
    int? RedisPort,
    int? CatalogSize,
    int Replicas,
    ServerKind Servers,
    string? OtlpApiKey,
    IReadOnlyList<string> AspireArguments)
{
    public const string Usage = """
        Starts the whole B2B portal locally under .NET Aspire: PostgreSQL, RabbitMQ, Redis, every service, the SPA build,
        the BFF and the Aspire dashboard. Build the solution first (dotnet build B2BPortal.sln).

        Options:
          --reset                 Delete AppHost/.state (databases, queues, cache) before starting.
          --port-postgres N       PostgreSQL port (default 15432 when free, else any free port).
          --port-rabbitmq N       RabbitMQ AMQP port (default 15672 when free, else any free port).
          --port-redis N          Redis port (default 16379 when free, else any free port).
          --catalog-size N        Products in the demo catalog (default 5000; 200000 for benchmarks). A different size
                                  than the one loaded reloads the catalog and list prices at start-up.
          --servers KIND          Where PostgreSQL, RabbitMQ and Redis come from: local (the OS packages), containers (Aspire's
                                  own container integrations), or auto (default: containers when a container runtime
                                  answers, else local).
          --replicas N            Instances of each stateless service (account, catalog, entitlement, pricing, quote, cart,
                                  order; default 1, at most 8). With more than one, DCP's proxy spreads calls over them.
          --otlp-api-key KEY      The key services send to the dashboard's OTLP endpoint (x-otlp-api-key; default: generated).
          --help                  Show this text.

        Anything Aspire reads from configuration can follow, e.g. --ASPNETCORE_URLS http://localhost:18888 (the dashboard)
        or --AppHost:StateDirectory DIR (where server data lives; default AppHost/.state).
        """;

    public static AppHostCommandLine Parse(IReadOnlyList<string> args)
    {
        var commandLine = new AppHostCommandLine(false, false, null, null, null, null, 1, ServerKind.Auto, null, []);
        var aspire = new List<string>();
        for (var index = 0; index < args.Count; index++)
        {
            string Value() => index + 1 < args.Count ? args[++index] : throw new ArgumentException($"{args[index]} needs a value.");
            int Port() => int.TryParse(Value(), CultureInfo.InvariantCulture, out var port) && port is > 0 and < 65536
                ? port
                : throw new ArgumentException($"{args[index - 1]} needs a port number (1-65535).");
            int Count() => int.TryParse(Value(), CultureInfo.InvariantCulture, out var count) && count is >= 5 and <= 1_000_000
                ? count
                : throw new ArgumentException($"{args[index - 1]} needs a number from 5 to 1000000.");

            int ReplicaCount() => int.TryParse(Value(), CultureInfo.InvariantCulture, out var replicas) && replicas is >= 1 and <= 8
                ? replicas
                : throw new ArgumentException($"{args[index - 1]} needs a number from 1 to 8.");

            ServerKind Kind() => Enum.TryParse<ServerKind>(Value(), ignoreCase: true, out var kind) && Enum.IsDefined(kind)
                ? kind
                : throw new ArgumentException($"{args[index - 1]} needs auto, local or containers.");

            switch (args[index])
            {
                case "--help" or "-h": commandLine = commandLine with { ShowHelp = true }; break;
                case "--reset": commandLine = commandLine with { ResetState = true }; break;
                case "--port-postgres": commandLine = commandLine with { PostgresPort = Port() }; break;
                case "--port-rabbitmq" or "--port-messaging": commandLine = commandLine with { RabbitMqPort = Port() }; break;
                case "--port-redis": commandLine = commandLine with { RedisPort = Port() }; break;
                case "--catalog-size": commandLine = commandLine with { CatalogSize = Count() }; break;
                case "--servers": commandLine = commandLine with { Servers = Kind() }; break;
                case "--replicas": commandLine = commandLine with { Replicas = ReplicaCount() }; break;
                case "--otlp-api-key": commandLine = commandLine with { OtlpApiKey = Value() }; break;
                case var other when other.StartsWith("--", StringComparison.Ordinal) && IsConfigurationKey(other[2..]):
                    aspire.Add(other);
                    aspire.Add(Value());
                    break;
                case var unknown: throw new ArgumentException($"Unknown option {unknown}. Try --help.");
            }
        }

        return commandLine with { AspireArguments = aspire };
    }

    /// <summary>A section path (<c>AppHost:StateDirectory</c>) or an environment-style name (<c>ASPNETCORE_URLS</c>), never a mistyped flag.</summary>
    private static bool IsConfigurationKey(string name) =>
        name.Contains(':', StringComparison.Ordinal) || (name.Contains('_', StringComparison.Ordinal) && name.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_'));
}
