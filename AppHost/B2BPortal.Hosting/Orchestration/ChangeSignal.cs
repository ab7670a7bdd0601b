namespace B2BPortal.Hosting.Orchestration;

/// <summary>Lets any number of waiters await the next change.</summary>
internal sealed class ChangeSignal
{
    private TaskCompletionSource next = NewSource();

    public Task Next => Volatile.Read(ref next).Task;

    public void Pulse() => Interlocked.Exchange(ref next, NewSource()).TrySetResult();

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
