using System.Globalization;

namespace B2BPortal.AppHost;

internal sealed record AppHostCommandLine(
    bool ShowHelp,
    bool ResetState,
    string? Configuration,
    int? PostgresPort,
    int? RabbitMqPort,
    int? RedisPort,
    int? CatalogSize = null,
    int? MaxTraces = null,
    int? MaxLogRecords = null,
    string? OtlpApiKey = null)
{
    public const string Usage = """
        Starts the whole B2B portal locally: PostgreSQL, RabbitMQ, Redis, every service, the SPA build and the BFF.
        Build the solution first (dotnet build B2BPortal.sln).

        Options:
          --reset                 Delete AppHost/.state (databases, queues, cache) before starting.
          --configuration NAME    Run services from bin/NAME (default: the configuration AppHost was built with).
          --port-postgres N       PostgreSQL port (default 15432 when free, else any free port).
          --port-rabbitmq N       RabbitMQ AMQP port (default 15672 when free, else any free port).
          --port-redis N          Redis port (default 16379 when free, else any free port).
          --catalog-size N        Products in the demo catalog (default 5000; 200000 for benchmarks). A different size
                                  than the one loaded reloads the catalog and list prices at start-up.
          --max-traces N          Traces the dashboard keeps in memory (default 10000); the oldest go first.
          --max-log-records N     Structured log records the dashboard keeps (default 10000).
          --otlp-api-key KEY      Make the dashboard accept only OTLP exports that send x-otlp-api-key: KEY.
          --help                  Show this text.
        """;

    public static AppHostCommandLine Parse(IReadOnlyList<string> args)
    {
        var commandLine = new AppHostCommandLine(false, false, null, null, null, null);
        for (var index = 0; index < args.Count; index++)
        {
            string Value() => index + 1 < args.Count ? args[++index] : throw new ArgumentException($"{args[index]} needs a value.");
            int Port() => int.TryParse(Value(), CultureInfo.InvariantCulture, out var port) && port is > 0 and < 65536
                ? port
                : throw new ArgumentException($"{args[index - 1]} needs a port number (1-65535).");
            int Count() => int.TryParse(Value(), CultureInfo.InvariantCulture, out var count) && count is >= 5 and <= 1_000_000
                ? count
                : throw new ArgumentException($"{args[index - 1]} needs a number from 5 to 1000000.");

            commandLine = args[index] switch
            {
                "--help" or "-h" => commandLine with { ShowHelp = true },
                "--reset" => commandLine with { ResetState = true },
                "--configuration" or "-c" => commandLine with { Configuration = Value() },
                "--port-postgres" => commandLine with { PostgresPort = Port() },
                "--port-rabbitmq" or "--port-messaging" => commandLine with { RabbitMqPort = Port() },
                "--port-redis" => commandLine with { RedisPort = Port() },
                "--catalog-size" => commandLine with { CatalogSize = Count() },
                "--max-traces" => commandLine with { MaxTraces = Count() },
                "--max-log-records" => commandLine with { MaxLogRecords = Count() },
                "--otlp-api-key" => commandLine with { OtlpApiKey = Value() },
                var unknown => throw new ArgumentException($"Unknown option {unknown}. Try --help."),
            };
        }

        return commandLine;
    }
}
