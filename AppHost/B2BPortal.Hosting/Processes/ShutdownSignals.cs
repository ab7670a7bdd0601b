using System.Runtime.InteropServices;

namespace B2BPortal.Hosting.Processes;

/// <summary>Turns SIGINT (Ctrl+C), SIGTERM and SIGHUP into a call to <paramref name="onSignal"/> instead of ending the process.</summary>
internal sealed class ShutdownSignals(Action<PosixSignal> onSignal) : IDisposable
{
    private readonly PosixSignalRegistration[] registrations =
    [
        .. new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP }.Select(signal =>
            PosixSignalRegistration.Create(signal, context =>
            {
                context.Cancel = true;
                onSignal(context.Signal);
            })),
    ];

    public void Dispose()
    {
        foreach (var registration in registrations)
        {
            registration.Dispose();
        }
    }
}
