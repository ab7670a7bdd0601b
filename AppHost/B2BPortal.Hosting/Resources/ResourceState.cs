namespace B2BPortal.Hosting;

public enum ResourceState
{
    NotStarted,
    Waiting,
    Starting,
    Running,
    Healthy,
    Unhealthy,
    Exited,
    Finished,
    FailedToStart,
    Crashed,
    Stopping,
    Stopped,
}

public enum ResourceHealth
{
    Unknown,
    Healthy,
    Unhealthy,
}
