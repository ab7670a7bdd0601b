using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;

namespace B2BPortal.Tests.Infrastructure;

/// <summary>A browser-like session with the BFF: its cookies, and an HttpClient that sends <c>X-CSRF: 1</c> like the SPA.</summary>
public sealed class BffSession(HttpClient http, CookieContainer cookies, Uri bffUrl) : IDisposable
{
    public HttpClient Http { get; } = http;

    public CookieContainer Cookies { get; } = cookies;

    public string SessionCookie => Cookies.GetCookies(bffUrl)["bff_session"]?.Value ?? throw new InvalidOperationException("No session cookie.");

    public void Dispose() => Http.Dispose();
}

/// <summary>How tests call the portal as its users do: signed in through the BFF, or as a partner with a bearer token.</summary>
public static partial class PortalClients
{
    public static async Task<string> ClientCredentialsTokenAsync(this PortalFixture portal, string clientId = Demo.AcmePartner, string secret = Demo.AcmePartnerSecret)
    {
        using var http = new HttpClient { BaseAddress = portal.IdentityUrl };
        using var response = await http.PostAsync("connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret, ["scope"] = "portal_api",
        }));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        return body.GetProperty("access_token").GetString()!;
    }

    /// <summary>An HttpClient on the BFF that calls as the partner: <c>Authorization: Bearer</c>, no cookie, no CSRF header.</summary>
    public static async Task<HttpClient> PartnerAsync(this PortalFixture portal, string clientId = Demo.AcmePartner, string secret = Demo.AcmePartnerSecret)
    {
        var http = new HttpClient { BaseAddress = portal.BffUrl };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await portal.ClientCredentialsTokenAsync(clientId, secret));
        return http;
    }

    /// <summary>
    /// Signs in through <c>/bff/login</c> and Identity's sign-in page, following every redirect by hand as a browser would.
    /// Any other Identity page on the way (the second factor, a required enrolment) goes to <paramref name="identityPage"/>,
    /// which answers where the browser goes next.
    /// </summary>
    public static async Task<BffSession> SignInAsync(
        this PortalFixture portal, string email, string password = Demo.Password, Func<HttpClient, Uri, Task<Uri>>? identityPage = null)
    {
        var cookies = new CookieContainer();
        var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies }) { BaseAddress = portal.BffUrl };
        var next = new Uri(portal.BffUrl, "/bff/login?returnUrl=/");
        for (var hop = 0; hop < 16; hop++)
        {
            if (next == new Uri(portal.BffUrl, "/"))
            {
                http.DefaultRequestHeaders.Add("X-CSRF", "1");
                return new BffSession(http, cookies, portal.BffUrl);
            }

            if (next.AbsolutePath.Equals("/account/login", StringComparison.OrdinalIgnoreCase))
            {
                next = await SubmitSignInFormAsync(http, next, email, password);
                continue;
            }

            if (next.Authority == portal.IdentityUrl.Authority && next.AbsolutePath.StartsWith("/account/", StringComparison.OrdinalIgnoreCase))
            {
                next = identityPage is null
                    ? throw new InvalidOperationException($"Sign-in of {email} stopped at {next}.")
                    : await identityPage(http, next);
                continue;
            }

            using var response = await http.GetAsync(next);
            if (response.StatusCode != HttpStatusCode.Redirect)
            {
                throw new InvalidOperationException($"Sign-in stopped at {next} with {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }

            next = new Uri(next, response.Headers.Location!);
        }

        throw new InvalidOperationException("Sign-in did not come back to the portal.");
    }

    /// <summary>Posts Identity's sign-in form and answers where it redirects next.</summary>
    public static async Task<Uri> SubmitSignInFormAsync(HttpClient http, Uri signInPage, string email, string password)
    {
        var page = await http.GetStringAsync(signInPage);
        using var signedIn = await http.PostAsync(signInPage, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
            ["ReturnUrl"] = QueryHelpers.ParseQuery(signInPage.Query)["ReturnUrl"]!,
            ["__RequestVerificationToken"] = AntiforgeryToken().Match(page).Groups[1].Value,
        }));
        if (signedIn.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"{email} could not sign in ({(int)signedIn.StatusCode}).");
        }

        return new Uri(signInPage, signedIn.Headers.Location!);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
