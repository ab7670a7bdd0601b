using Microsoft.Extensions.FileProviders;

namespace B2BPortal.Bff.Spa;

internal static class SpaEndpoints
{
    /// <summary>
    /// An <c>/api</c> path no route claims answers 404 problem details, never the SPA's index page. It is ordered after every other
    /// route, the proxy's account catch-all included (which is ordered after the BFF's own routes, see ComposedRoutes).
    /// </summary>
    public static void MapUnknownApiRoutesToNotFound(this WebApplication app) =>
        app.Map("/api/{**path}", (string? path) => TypedResults.Problem(
            statusCode: StatusCodes.Status404NotFound,
            title: "No such API route.",
            detail: $"/api/{path} is not an API of the portal. The API reference at /api-reference lists the routes."))
            .ExcludeFromDescription().Add(endpoint => ((RouteEndpointBuilder)endpoint).Order = 1000);

    /// <summary>Serves the built SPA (<c>Spa:RootPath</c>, default <c>../web/dist</c>) with index.html as the fallback for client routes.</summary>
    public static void MapSpa(this WebApplication app)
    {
        var root = Path.GetFullPath(app.Configuration["Spa:RootPath"] ?? Path.Combine(app.Environment.ContentRootPath, "..", "web", "dist"));
        if (!Directory.Exists(root))
        {
            app.Logger.LogWarning("SPA build not found at {SpaRoot}; run `npm run build` in web/", root);
            return;
        }

        var files = new PhysicalFileProvider(root);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        app.MapFallbackToFile("index.html", new StaticFileOptions { FileProvider = files });
    }
}
