namespace B2BPortal.Hosting.Orchestration;

/// <summary>
/// What a resource needs before it starts and after it stops: what it waits for, its parent, and the servers,
/// databases and schemas it refers to. References between projects are peers over HTTP and may be mutual, so they do not order anything.
/// </summary>
internal static class ResourceGraph
{
    public static IReadOnlyList<Resource> DependenciesOf(Resource resource) =>
    [
        .. resource.Waits.Select(wait => wait.Target)
            .Concat(resource.References.Where(reference => reference is not ProjectResource))
            .Concat(resource.Parent is { } parent ? [parent] : [])
            .Distinct(),
    ];

    public static void ThrowIfInvalid(IReadOnlyList<Resource> resources)
    {
        foreach (var resource in resources)
        {
            var foreign = DependenciesOf(resource).Concat(resource.References).FirstOrDefault(dependency => !resources.Contains(dependency));
            if (foreign is not null)
            {
                throw new InvalidOperationException($"{resource} depends on {foreign}, which belongs to another builder.");
            }
        }

        var visiting = new HashSet<Resource>();
        var done = new HashSet<Resource>();
        foreach (var resource in resources)
        {
            Visit(resource, visiting, done, []);
        }
    }

    private static void Visit(Resource resource, HashSet<Resource> visiting, HashSet<Resource> done, List<string> path)
    {
        if (done.Contains(resource))
        {
            return;
        }

        path.Add(resource.Name);
        if (!visiting.Add(resource))
        {
            throw new InvalidOperationException($"Resources wait for each other in a circle: {string.Join(" -> ", path)}.");
        }

        foreach (var dependency in DependenciesOf(resource))
        {
            Visit(dependency, visiting, done, path);
        }

        visiting.Remove(resource);
        done.Add(resource);
        path.RemoveAt(path.Count - 1);
    }
}
