namespace B2BPortal.Hosting.Orchestration;

/// <param name="RunsToCompletion">Up when it exits with 0; never restarted.</param>
/// <param name="FailsIfExitsBeforeHealthy">A server that dies before it ever answered is misconfigured: fail instead of restarting.</param>
/// <param name="StartupTimeout">How long a server may take to answer its first health check.</param>
internal sealed record SupervisionPolicy(
    bool RunsToCompletion,
    bool FailsIfExitsBeforeHealthy,
    TimeSpan PollWhileNotHealthy,
    TimeSpan PollWhileHealthy,
    TimeSpan? StartupTimeout)
{
    public static readonly SupervisionPolicy Project = new(
        RunsToCompletion: false,
        FailsIfExitsBeforeHealthy: false,
        PollWhileNotHealthy: TimeSpan.FromSeconds(1),
        PollWhileHealthy: TimeSpan.FromSeconds(10),
        StartupTimeout: null);

    public static readonly SupervisionPolicy Server = new(
        RunsToCompletion: false,
        FailsIfExitsBeforeHealthy: true,
        PollWhileNotHealthy: TimeSpan.FromMilliseconds(250),
        PollWhileHealthy: TimeSpan.FromSeconds(10),
        StartupTimeout: TimeSpan.FromSeconds(90));

    public static readonly SupervisionPolicy Executable = new(
        RunsToCompletion: true,
        FailsIfExitsBeforeHealthy: false,
        PollWhileNotHealthy: TimeSpan.FromSeconds(1),
        PollWhileHealthy: TimeSpan.FromSeconds(10),
        StartupTimeout: null);
}
