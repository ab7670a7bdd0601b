namespace B2BPortal.LocalServers;

/// <summary>A server program the OS packages should have provided is not installed; the message says how to install it.</summary>
public sealed class MissingProgramException(string message)
    : Exception($"{message} `bash AppHost/prerequisites.sh` installs everything the portal needs.");
