namespace B2BPortal.Hosting.Processes;

/// <summary>A resource cannot be started for a reason its user can fix; the message says how.</summary>
internal sealed class LaunchException(string message) : Exception(message);
