using System.Text;

namespace B2BPortal.Hosting.Orchestration;

/// <summary>Explains a failed start-up: what failed and why, with the last log lines of whatever failed first.</summary>
internal static class StartupReport
{
    private const int LogLines = 30;

    public static string Describe(StartupSummary summary, Func<string, ResourceRunner> runner)
    {
        var text = new StringBuilder();
        text.AppendLine(summary.NotUp.Count > 0
            ? $"Start-up timed out after {summary.Elapsed.TotalSeconds:0.0} s; not up: {string.Join(", ", summary.NotUp)}."
            : $"Start-up failed after {summary.Elapsed.TotalSeconds:0.0} s: {string.Join(", ", summary.Failed)}.");

        var culprits = summary.Failed.Select(runner).Where(failed => !failed.FailedBecauseOfDependency)
            .Concat(summary.NotUp.Select(runner).Where(notUp => notUp.Snapshot.State != ResourceState.Waiting));
        foreach (var culprit in culprits)
        {
            text.AppendLine().Append(DescribeFailure(culprit));
        }

        return text.ToString();
    }

    public static string DescribeFailure(ResourceRunner runner)
    {
        var state = runner.Snapshot;
        var text = new StringBuilder($"{state.Name} is {state.State}");
        if (state.Message is not null)
        {
            text.Append($": {state.Message}");
        }

        text.AppendLine().AppendLine($"Last lines of {state.Name}'s log:");
        foreach (var line in runner.Log.Tail(LogLines))
        {
            text.Append("  | ").AppendLine(line);
        }

        return text.ToString();
    }
}
