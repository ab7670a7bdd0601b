namespace B2BPortal.Hosting.Orchestration;

/// <summary>1 s, 2 s, 4 s … up to 30 s between restarts; back to 1 s after a run that lasted a minute.</summary>
internal sealed class RestartBackoff
{
    private static readonly TimeSpan Longest = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan StableRun = TimeSpan.FromMinutes(1);

    private int consecutiveCrashes;

    public TimeSpan Next(TimeSpan lastRunDuration)
    {
        if (lastRunDuration >= StableRun)
        {
            consecutiveCrashes = 0;
        }

        var delay = TimeSpan.FromSeconds(Math.Pow(2, Math.Min(consecutiveCrashes, 5)));
        consecutiveCrashes++;
        return delay < Longest ? delay : Longest;
    }
}
