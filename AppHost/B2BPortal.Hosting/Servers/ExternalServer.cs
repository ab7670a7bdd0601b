namespace B2BPortal.Hosting.Servers;

/// <summary>Waits for a server that runs elsewhere to answer its protocol on its port.</summary>
internal static class ExternalServer
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    public static async Task WaitUntilAnswersAsync(Resource server, CancellationToken cancellationToken)
    {
        var answers = ServerProbe.For(server);

        while (!await AnswersQuietlyAsync(answers, cancellationToken))
        {
            await Task.Delay(Interval, cancellationToken);
        }
    }

    private static async Task<bool> AnswersQuietlyAsync(Func<CancellationToken, Task<bool>> answers, CancellationToken cancellationToken)
    {
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attempt.CancelAfter(TimeSpan.FromSeconds(5));
        try
        {
            return await answers(attempt.Token);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
