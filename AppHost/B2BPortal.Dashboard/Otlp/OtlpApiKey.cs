using System.Security.Cryptography;
using System.Text;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.AspNetCore.Http;

namespace B2BPortal.Dashboard.Otlp;

/// <summary>The optional shared key an exporter sends as <c>x-otlp-api-key</c> (see <see cref="DashboardOptions.OtlpApiKey"/>).</summary>
internal sealed class OtlpApiKey(string? expected)
{
    public const string Header = "x-otlp-api-key";

    public bool Admits(string? presented) =>
        expected is null
        || (presented is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(expected)));

    /// <summary>For OTLP/HTTP: 401 with a problem that names the header.</summary>
    public IEndpointFilter HttpFilter() => new Filter(this);

    private sealed class Filter(OtlpApiKey key) : IEndpointFilter
    {
        public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
            key.Admits(context.HttpContext.Request.Headers[Header].FirstOrDefault())
                ? await next(context)
                : TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Missing or wrong OTLP API key.",
                    detail: $"Send the receiver's key in the {Header} header (OTEL_EXPORTER_OTLP_HEADERS={Header}=...).");
    }
}

/// <summary>For OTLP/gRPC: status Unauthenticated.</summary>
internal sealed class OtlpApiKeyInterceptor(OtlpApiKey key) : Interceptor
{
    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation) =>
        key.Admits(context.RequestHeaders.GetValue(OtlpApiKey.Header))
            ? continuation(request, context)
            : throw new RpcException(new Status(StatusCode.Unauthenticated, $"Missing or wrong OTLP API key in the {OtlpApiKey.Header} header."));
}
