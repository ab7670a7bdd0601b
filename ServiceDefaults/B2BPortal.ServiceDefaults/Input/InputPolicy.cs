using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace B2BPortal.ServiceDefaults.Input;

/// <summary>
/// The one input policy of every host (docs/architecture.md, "Input policy"): body, address and header limits answered with
/// problems, and text in JSON bodies, paths and queries held to <see cref="Contracts.Text.TextRules"/>.
/// </summary>
public static class InputPolicy
{
    internal static void AddInputPolicy(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<KestrelServerOptions>(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = RequestLimits.CommandBody;
            kestrel.Limits.MaxRequestLineSize = RequestLimits.KestrelLineAndHeaders;
            kestrel.Limits.MaxRequestHeadersTotalSize = RequestLimits.KestrelLineAndHeaders;
        });
        builder.Services.Configure<Microsoft.AspNetCore.Http.Json.JsonOptions>(json =>
        {
            json.SerializerOptions.Converters.Add(new PlainTextJsonConverter());
            // A field a request may leave out has a default in its contract; every other one must be sent (null where it allows
            // none), so a missing yes/no, amount or id is refused instead of read as false, 0 or an empty id.
            json.SerializerOptions.RespectRequiredConstructorParameters = true;
        });
    }

    /// <summary>Runs <see cref="RequestGuard"/>; call right after the problem-details handlers, before anything reads the request.</summary>
    internal static void UseInputPolicy(this WebApplication app) => app.UseMiddleware<RequestGuard>();

    /// <summary>The route takes lines (an order, a price batch, an import): its body may be up to <see cref="RequestLimits.BulkBody"/>.</summary>
    public static TBuilder AcceptsBulkBody<TBuilder>(this TBuilder endpoint) where TBuilder : IEndpointConventionBuilder =>
        endpoint.WithMetadata(new RequestSizeLimitAttribute(RequestLimits.BulkBody));
}
