using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace B2BPortal.Webhooks.Features.Endpoints;

/// <summary>
/// Keeps webhooks from being turned against the portal's own network (server-side request forgery): an endpoint must be an
/// absolute http(s) URL without credentials whose host resolves only to public addresses, and every connection made to deliver
/// checks the address it actually connects to (<see cref="ConnectAsync"/>), so a name that later resolves elsewhere is refused too.
/// </summary>
public sealed class EndpointAddressPolicy(IOptions<WebhookOptions> options)
{
    private static readonly TimeSpan LookupTimeout = TimeSpan.FromSeconds(3);
    private readonly WebhookOptions rules = options.Value;

    /// <summary>What is wrong with the URL, in words the registrant can act on; null when it may be used.</summary>
    public async Task<string?> ProblemAsync(string? url, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(url) || url.Length > WebhookEndpoint.MaxUrlLength || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
        {
            return $"Give the endpoint as an absolute URL of at most {WebhookEndpoint.MaxUrlLength} characters, like https://erp.example.com/webhooks/portal.";
        }

        if (uri.Scheme != Uri.UriSchemeHttps && (rules.RequireHttps || uri.Scheme != Uri.UriSchemeHttp))
        {
            return rules.RequireHttps ? "The endpoint must use https." : "The endpoint must use http or https.";
        }

        if (!string.IsNullOrEmpty(uri.UserInfo) || !string.IsNullOrEmpty(uri.Fragment))
        {
            return "The endpoint may hold neither a user name nor a password nor a #fragment; authenticate deliveries by their signature.";
        }

        IPAddress[] addresses;
        using var lookup = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        lookup.CancelAfter(LookupTimeout);
        try
        {
            addresses = IPAddress.TryParse(uri.DnsSafeHost, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(uri.DnsSafeHost, lookup.Token);
        }
        catch (Exception exception) when (exception is SocketException || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return $"The host {uri.Host} could not be found. Check the name, or register the endpoint once it resolves.";
        }

        return addresses.FirstOrDefault(a => !Allows(a)) is { } refused
            ? $"The endpoint's host {uri.Host} resolves to {refused}, a loopback, link-local or private address the portal does not deliver to."
            : null;
    }

    public bool Allows(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address))
        {
            return rules.AllowLoopback;
        }

        return rules.AllowPrivateNetworks || IsPublic(address);
    }

    /// <summary>The socket connect of the delivery client: resolves the host and connects only to an address <see cref="Allows"/> lets through.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        var allowed = addresses.FirstOrDefault(Allows)
            ?? throw new HttpRequestException($"{host} resolves to no address the portal delivers to (loopback, link-local and private addresses are refused).");
        var socket = new Socket(allowed.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(new IPEndPoint(allowed, context.DnsEndPoint.Port), cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static bool IsPublic(IPAddress address)
    {
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var first = address.GetAddressBytes();
            return !(address.Equals(IPAddress.IPv6Any) || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast
                     || (first[0] & 0xFE) == 0xFC);
        }

        var b = address.GetAddressBytes();
        return !(b[0] is 0 or 10 or 127 || b[0] >= 224
                 || (b[0] == 100 && b[1] is >= 64 and <= 127)
                 || (b[0] == 169 && b[1] == 254)
                 || (b[0] == 172 && b[1] is >= 16 and <= 31)
                 || (b[0] == 192 && b[1] == 168)
                 || (b[0] == 192 && b[1] == 0 && b[2] == 0)
                 || (b[0] == 198 && b[1] is 18 or 19));
    }
}
