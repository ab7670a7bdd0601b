using System.Globalization;

namespace B2BPortal.Hosting.Projects;

/// <summary>The configuration a process receives, named as Aspire names it, so services run unchanged under Aspire.</summary>
internal static class EnvironmentComposer
{
    public static Dictionary<string, string> ForProject(ProjectResource project, HostingSettings settings)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ASPNETCORE_URLS"] = project.Endpoint.GetLeftPart(UriPartial.Authority),
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["DOTNET_ENVIRONMENT"] = "Development",
            ["OTEL_SERVICE_NAME"] = project.Name,
            ["OTEL_RESOURCE_ATTRIBUTES"] = $"service.instance.id={project.InstanceId}",
        };

        if (settings.OtlpEndpoint is { } otlpEndpoint)
        {
            environment["OTEL_EXPORTER_OTLP_ENDPOINT"] = otlpEndpoint;
            environment["OTEL_EXPORTER_OTLP_PROTOCOL"] = "grpc";
            environment["OTEL_BSP_SCHEDULE_DELAY"] = "1000";
            environment["OTEL_BLRP_SCHEDULE_DELAY"] = "1000";
            environment["OTEL_METRIC_EXPORT_INTERVAL"] = "1000";
            environment["OTEL_TRACES_SAMPLER"] = "always_on";
            if (settings.OtlpHeaders is { } headers)
            {
                environment["OTEL_EXPORTER_OTLP_HEADERS"] = headers;
            }
        }

        AddReferencesAndOwnSettings(project, environment);
        return environment;
    }

    public static Dictionary<string, string> ForExecutable(ExecutableResource executable)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        AddReferencesAndOwnSettings(executable, environment);
        return environment;
    }

    private static void AddReferencesAndOwnSettings(Resource resource, Dictionary<string, string> environment)
    {
        foreach (var reference in resource.References)
        {
            switch (reference)
            {
                case IResourceWithConnectionString withConnectionString:
                    environment[$"ConnectionStrings__{reference.Name}"] = withConnectionString.GetConnectionString();
                    break;
                case ProjectResource project:
                    environment[string.Create(CultureInfo.InvariantCulture, $"services__{project.Name}__http__0")] =
                        project.Endpoint.GetLeftPart(UriPartial.Authority);
                    break;
            }
        }

        foreach (var (name, value) in resource.Environment)
        {
            environment[name] = value;
        }
    }
}
