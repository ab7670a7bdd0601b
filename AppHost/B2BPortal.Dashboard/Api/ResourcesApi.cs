using B2BPortal.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace B2BPortal.Dashboard.Api;

/// <summary>AppHost's resources: their state, their console output, and stop / start / restart.</summary>
internal static class ResourcesApi
{
    public static void MapResources(this RouteGroupBuilder api, DistributedApplication application)
    {
        api.MapGet("/resources", () => application.Resources);
        api.MapGet("/resources/{name}/console", Results<Ok<IReadOnlyList<string>>, ProblemHttpResult> (string name) =>
            Known(application, name) ? TypedResults.Ok(application.GetLogs(name)) : NoSuchResource(name));
        api.MapGet("/resources/{name}/environment", Results<Ok<List<EnvironmentVariable>>, ProblemHttpResult> (string name) =>
            Known(application, name)
                ? TypedResults.Ok(application.GetEnvironment(name).OrderBy(v => v.Key, StringComparer.Ordinal)
                    .Select(v => new EnvironmentVariable(v.Key, SecretMasking.MaskValue(v.Key, v.Value))).ToList())
                : NoSuchResource(name));
        api.MapPost("/resources/{name}/stop", async Task<Results<NoContent, ProblemHttpResult>> (string name) =>
        {
            if (!Known(application, name))
            {
                return NoSuchResource(name);
            }

            await application.StopResourceAsync(name);
            return TypedResults.NoContent();
        });
        api.MapPost("/resources/{name}/start", (string name) => StartAsync(application, name, stopFirst: false));
        api.MapPost("/resources/{name}/restart", (string name) => StartAsync(application, name, stopFirst: true));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> StartAsync(DistributedApplication application, string name, bool stopFirst)
    {
        if (!Known(application, name))
        {
            return NoSuchResource(name);
        }

        if (stopFirst)
        {
            await application.StopResourceAsync(name);
        }

        try
        {
            await application.StartResourceAsync(name);
        }
        catch (DistributedApplicationException exception)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: $"{name} did not come up.", detail: exception.Message);
        }

        return TypedResults.NoContent();
    }

    private static bool Known(DistributedApplication application, string name) => application.Resources.Any(r => r.Name == name);

    private static ProblemHttpResult NoSuchResource(string name) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such resource.", detail: $"AppHost runs no resource named '{name}'.");
}

/// <summary>One variable of a resource's environment, its secrets masked.</summary>
internal sealed record EnvironmentVariable(string Name, string Value);
