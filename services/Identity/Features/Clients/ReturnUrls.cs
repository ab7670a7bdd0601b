using Microsoft.AspNetCore.Mvc;

namespace B2BPortal.Identity.Features.Clients;

/// <summary>Where a page may send a person after they are done: a page here, or a registered portal (never anywhere else).</summary>
public sealed class ReturnUrls(ClientDirectory clients)
{
    public async Task<string?> AllowedOrNullAsync(IUrlHelper url, string? returnUrl, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(returnUrl))
        {
            return null;
        }

        if (url.IsLocalUrl(returnUrl))
        {
            return returnUrl;
        }

        return Uri.TryCreate(returnUrl, UriKind.Absolute, out var absolute)
            && (await clients.PortalOriginsAsync(cancellationToken)).Contains(absolute.GetLeftPart(UriPartial.Authority))
                ? returnUrl
                : null;
    }

    /// <summary>The first registered portal, for a "continue to the portal" link when nothing better is known.</summary>
    public async Task<string?> PortalAsync(CancellationToken cancellationToken) =>
        (await clients.PortalOriginsAsync(cancellationToken)).Order(StringComparer.Ordinal).Select(origin => origin + "/").FirstOrDefault();
}
