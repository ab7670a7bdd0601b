using System.Globalization;
using B2BPortal.Hosting.Logging;
using B2BPortal.Hosting.Orchestration;
using B2BPortal.Hosting.Processes;

namespace B2BPortal.Hosting.Servers.Postgres;

/// <summary>
/// PostgreSQL from the OS packages, data in <c>{state}/postgres/data</c> (kept across runs), listening on 127.0.0.1 only.
/// The postmaster runs in the foreground as a supervised child; it is stopped with <c>pg_ctl -m fast stop</c>.
/// </summary>
internal sealed class PostgresLocalLauncher(PostgresServerResource server, HostingContext context, ResourceLog log)
    : ResourceLauncher(context, log)
{
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(30);

    private readonly PostgresOsUser osUser = new(context.Settings.IsRoot);

    private string Root => Context.StatePath("postgres");

    private string DataDirectory => Path.Combine(Root, "data");

    private string SocketDirectory => Path.Combine(Root, "socket");

    public override async Task<RunningInstance> LaunchAsync(CancellationToken cancellationToken)
    {
        var binaries = PostgresBinaries.Locate();
        await osUser.PrepareDirectoriesAsync(Context.Settings.StateDirectory, [Root, SocketDirectory], Log, cancellationToken);
        await StopLeftoverServerAsync(binaries, cancellationToken);
        if (!File.Exists(Path.Combine(DataDirectory, "PG_VERSION")))
        {
            await InitializeAsync(binaries, cancellationToken);
        }

        var port = server.Port.Value.ToString(CultureInfo.InvariantCulture);
        var spec = new ProcessSpec(
            binaries.Server,
            // Every service may hold up to 30 connections (ServiceDatabaseExtensions); the default 100 is less than they add up to.
            ["-D", DataDirectory, "-p", port, "-k", SocketDirectory, "-c", "listen_addresses=127.0.0.1", "-c", "max_connections=500"],
            Root);
        var process = StartTracked(server.Name, osUser.LongRunning(spec), PosixSignals.SIGINT);
        return new RunningInstance(
            process,
            probe => PostgresProbe.AnswersAsync(server.GetConnectionString(), probe),
            () => process.StopAsync(StopGrace, stop => StopServerAsync(binaries, stop)));
    }

    private async Task InitializeAsync(PostgresBinaries binaries, CancellationToken cancellationToken)
    {
        Log.Notice($"initialising a new cluster in {DataDirectory}");
        var passwordFile = Path.Combine(Root, "superuser-password");
        await File.WriteAllTextAsync(passwordFile, DevelopmentCredentials.PostgresSuperuserPassword, cancellationToken);
        try
        {
            var initdb = new ProcessSpec(
                binaries.InitDb,
                ["-D", DataDirectory, "-U", DevelopmentCredentials.PostgresSuperuser, "--auth=scram-sha-256", $"--pwfile={passwordFile}",
                 "--encoding=UTF8", "--no-locale"],
                Root);
            await CommandRunner.RunCheckedAsync(osUser.Command(initdb), Log, TimeSpan.FromMinutes(2), cancellationToken);
        }
        finally
        {
            File.Delete(passwordFile);
        }
    }

    /// <summary>A postmaster still running on this data directory was left by a run that was killed.</summary>
    private async Task StopLeftoverServerAsync(PostgresBinaries binaries, CancellationToken cancellationToken)
    {
        var pidFile = Path.Combine(DataDirectory, "postmaster.pid");
        if (!File.Exists(pidFile)
            || !int.TryParse(File.ReadLines(pidFile).FirstOrDefault(), CultureInfo.InvariantCulture, out var pid)
            || !IsPostmaster(pid))
        {
            return;
        }

        Log.Notice($"stopping the server (pid {pid}) a previous run left on {DataDirectory}");
        await StopServerAsync(binaries, cancellationToken);
    }

    private Task StopServerAsync(PostgresBinaries binaries, CancellationToken cancellationToken)
    {
        var pgCtl = new ProcessSpec(binaries.PgCtl, ["-D", DataDirectory, "-m", "fast", "-w", "-t", "30", "stop"], Root);
        return CommandRunner.RunCheckedAsync(osUser.Command(pgCtl), Log, StopGrace, cancellationToken);
    }

    private static bool IsPostmaster(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/comm").Trim() == "postgres";
        }
        catch (IOException)
        {
            return false;
        }
    }
}
