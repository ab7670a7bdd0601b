namespace B2BPortal.Hosting;

public interface IResource
{
    string Name { get; }
}

/// <summary>A resource other processes reach through <c>ConnectionStrings__{Name}</c>.</summary>
public interface IResourceWithConnectionString : IResource
{
    /// <summary>Available once the application has started: ports are chosen at start.</summary>
    string GetConnectionString();
}

/// <summary>A resource that receives configuration through environment variables.</summary>
public interface IResourceWithEnvironment : IResource;
