using System.Diagnostics;
using B2BPortal.ServiceDefaults.Input;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace B2BPortal.ServiceDefaults;

public static class ProblemDetailsDefaults
{
    /// <summary>
    /// Every error answer is RFC 7807 <c>application/problem+json</c> carrying the trace id;
    /// unhandled exceptions become a 500 without internals, malformed requests a 400 that says what was wrong.
    /// </summary>
    internal static void AddProblemDetailsEverywhere(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
            context.ProblemDetails.Extensions["traceId"] = Activity.Current?.TraceId.ToString() ?? context.HttpContext.TraceIdentifier;
            ProblemDetailTexts.Complete(context.ProblemDetails, context.HttpContext);
        });
        builder.AddInputPolicy();
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
    }

    /// <summary>
    /// Installs the exception handler and status-code pages; call first in the pipeline. Authentication and
    /// authorization, when the host uses them, run inside the handler, so their failures also become problems
    /// (left to WebApplication they would run outside it, in front of the developer exception page).
    /// </summary>
    public static WebApplication UseProblemDetailsEverywhere(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseInputPolicy();
        if (app.Services.GetService<IAuthenticationSchemeProvider>() is not null)
        {
            app.UseAuthentication();
            app.UseAuthorization();
        }

        return app;
    }
}

internal sealed partial class ProblemExceptionHandler(IProblemDetailsService problemDetails, ILogger<ProblemExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            BadHttpRequestException bad => BadRequest(bad),
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested => null,
            _ when ConcurrentChanges.LostRace(exception) => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "Someone changed the same data at the same moment.",
                Detail = "Another request changed what this one was changing while it ran, and this one was not applied. " +
                         "Read it again, and send the request again if it still applies.",
            },
            _ => new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "Something went wrong on our side.",
                Detail = "The request was not completed. Try again; if it keeps failing, quote the trace id to support.",
            },
        };
        if (problem is null)
        {
            return true;
        }

        if (problem.Status == StatusCodes.Status500InternalServerError)
        {
            LogUnhandled(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
        }
        else if (problem.Status == StatusCodes.Status409Conflict)
        {
            LogLostRace(logger, httpContext.Request.Method, httpContext.Request.Path, exception.GetBaseException().Message);
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ProblemDetails BadRequest(BadHttpRequestException bad)
    {
        var (detail, field) = BadRequestDetails.Describe(bad);
        return new ProblemDetails { Status = bad.StatusCode, Title = "The request could not be read.", Detail = detail }.WithField(field);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} {Path} lost a race with a concurrent change and answered 409: {Reason}")]
    private static partial void LogLostRace(ILogger logger, string method, string path, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception for {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string path);
}
