namespace B2BPortal.Bff.Session;

/// <summary>
/// <c>X-CSRF: 1</c>. A cross-site form or image cannot set a custom header, and a cross-site script cannot send it
/// without a CORS preflight the BFF never grants, so its presence proves the call comes from the portal's own SPA.
/// </summary>
public static class AntiForgeryHeader
{
    public const string Name = "X-CSRF";

    public static bool IsPresent(HttpRequest request) => request.Headers[Name] == "1";
}
