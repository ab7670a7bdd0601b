namespace B2BPortal.Hosting;

public sealed class DistributedApplicationException(string message) : Exception(message);
