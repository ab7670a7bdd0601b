using B2BPortal.LocalServers;

namespace B2BPortal.AppHost;

/// <summary>How this AppHost runs on a developer's machine: Development settings, the dashboard on its usual ports, over HTTP.</summary>
internal static class LocalRun
{
    public static DistributedApplicationOptions Options(AppHostCommandLine commandLine) => new()
    {
        // Everything listens on loopback over plain HTTP; there is no developer certificate to rely on.
        // Ctrl+C returns once every resource has stopped, not while DCP is still stopping them.
        Args = ["--ASPIRE_ALLOW_UNSECURED_TRANSPORT", "true", "--DcpPublisher:WaitForResourceCleanup", "true", .. commandLine.AspireArguments],
        AllowUnsecuredTransport = true,
    };

    public static void ConfigureDashboard(IDistributedApplicationBuilder builder, AppHostCommandLine commandLine)
    {
        var defaults = new Dictionary<string, string?>
        {
            ["ASPNETCORE_URLS"] = "http://localhost:18888",
            ["ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL"] = "http://localhost:18889",
            ["ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL"] = "http://localhost:18890",
        };
        foreach (var (key, value) in defaults.Where(setting => string.IsNullOrEmpty(builder.Configuration[setting.Key])))
        {
            builder.Configuration[key] = value;
        }

        if (commandLine.OtlpApiKey is { } otlpApiKey)
        {
            builder.Configuration["AppHost:OtlpApiKey"] = otlpApiKey;
        }
    }

    /// <summary>Server data: <c>AppHost/.state</c> (git-ignored), or <c>AppHost:StateDirectory</c> (the tests' temporary folder).</summary>
    public static string StateDirectory(IDistributedApplicationBuilder builder) =>
        builder.Configuration["AppHost:StateDirectory"] is { Length: > 0 } configured
            ? configured
            : Path.Combine(builder.AppHostDirectory, "..", ".state");

    /// <summary>
    /// Identity's issuer is its own URL, and the BFF's OIDC client signs in and out at the BFF's URL, wherever DCP put them
    /// (appsettings.Development.json holds the same values for a service started on its own).
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithSignInClient(this IResourceBuilder<ProjectResource> identity, IResourceBuilder<ProjectResource> bff)
    {
        var bffUrl = bff.GetEndpoint("http");
        return identity
            .WithEnvironment("Identity__Issuer", ReferenceExpression.Create($"{identity.GetEndpoint("http")}/"))
            .WithEnvironment("Identity__Clients__0__RedirectUris__0", ReferenceExpression.Create($"{bffUrl}/signin-oidc"))
            .WithEnvironment("Identity__Clients__0__PostLogoutRedirectUris__0", ReferenceExpression.Create($"{bffUrl}/signout-callback-oidc"))
            .WithEnvironment("Identity__Clients__0__BackchannelLogoutUri", ReferenceExpression.Create($"{bffUrl}/bff/backchannel"));
    }

    /// <summary>
    /// A service of the portal: Development settings (the demo's dev-only secrets), one plain-HTTP endpoint on loopback and no
    /// certificate (so Aspire does not ask for a trusted development one), healthy when /health says so. A single instance
    /// listens on its own port (<paramref name="port"/> when free) with no proxy in between, one hop less on every call between
    /// services; <paramref name="replicas"/> above one share a port on DCP's proxy, which spreads the calls over them.
    /// </summary>
#pragma warning disable ASPIRECERTIFICATES001 // WithoutHttpsCertificate is experimental; the services serve HTTP only
    public static IResourceBuilder<ProjectResource> AddService<TProject>(
        this IDistributedApplicationBuilder builder, string name, int? port = null, int replicas = 1)
        where TProject : IProjectMetadata, new()
    {
        var project = builder.AddProject<TProject>(name);
        if (replicas > 1)
        {
            project.WithHttpEndpoint(port: port).WithReplicas(replicas);
        }
        else
        {
            var own = port is { } preferred ? FreePort.Choose(null, preferred) : FreePort.Any();
            project.WithHttpEndpoint(port: own, targetPort: own, isProxied: false);
        }

        return project
            .WithoutHttpsCertificate()
            .WithEnvironment("ASPNETCORE_ENVIRONMENT", "Development")
            .WithEnvironment("DOTNET_ENVIRONMENT", "Development")
            .WithHttpHealthCheck("/health");
    }
#pragma warning restore ASPIRECERTIFICATES001
}
