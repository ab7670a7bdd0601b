using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using B2BPortal.Contracts.Accounts;
using Microsoft.AspNetCore.WebUtilities;

namespace B2BPortal.Tests.Infrastructure;

/// <summary>Identity's server-rendered pages driven over HTTP as a browser would: forms with their antiforgery token, the dev mailbox.</summary>
public static partial class IdentityPages
{
    /// <summary>The password test invitees choose.</summary>
    public const string InviteePassword = "Chosen!Pass2026";

    /// <summary>Invites a new person through the BFF as <paramref name="admin"/> and answers the link from their invitation mail.</summary>
    public static async Task<Uri> InviteAsync(this PortalFixture portal, BffSession admin, Guid accountId, string email, string role = AccountRoles.Buyer)
    {
        using var invited = await admin.Http.PostAsJsonAsync($"/api/v1/accounts/{accountId}/members", new InviteMemberRequest(email, role, $"Test {email}"));
        Assert.True(invited.StatusCode == HttpStatusCode.Created, await invited.Content.ReadAsStringAsync());
        return await portal.InvitationLinkAsync(email);
    }

    /// <summary>The newest invitation link mailed to <paramref name="email"/>, read from Identity's development mailbox.</summary>
    public static async Task<Uri> InvitationLinkAsync(this PortalFixture portal, string email)
    {
        using var http = new HttpClient { BaseAddress = portal.IdentityUrl };
        var mail = new Regex($"data-to=\"{Regex.Escape(email)}\">.*?href=\"([^\"]+)\" data-testid=\"mail-link\"", RegexOptions.Singleline);
        var link = await Eventually.ReturnsAsync(
            async () => mail.Match(await http.GetStringAsync("dev/mailbox")) is { Success: true } found ? WebUtility.HtmlDecode(found.Groups[1].Value) : null,
            TimeSpan.FromSeconds(30), $"the invitation mail to {email}");
        return new Uri(link);
    }

    /// <summary>Opens the invitation link and chooses <paramref name="password"/>; answers the page that follows.</summary>
    public static async Task<string> AcceptInvitationAsync(HttpClient http, Uri link, string password) =>
        await PostFormAsync(http, link, new() { ["Password"] = password, ["ConfirmPassword"] = password });

    /// <summary>GETs <paramref name="page"/>, then posts its form (with the page's antiforgery token and hidden fields) and answers the response body.</summary>
    public static async Task<string> PostFormAsync(HttpClient http, Uri page, Dictionary<string, string> fields, string? handler = null)
    {
        using var response = await PostFormForResponseAsync(http, page, fields, handler);
        return await response.Content.ReadAsStringAsync();
    }

    public static async Task<HttpResponseMessage> PostFormForResponseAsync(HttpClient http, Uri page, Dictionary<string, string> fields, string? handler = null)
    {
        var html = await http.GetStringAsync(page);
        var form = new Dictionary<string, string>();
        foreach (Match hidden in HiddenField().Matches(html))
        {
            form.TryAdd(hidden.Groups["name"].Value, WebUtility.HtmlDecode(hidden.Groups["value"].Value));
        }

        foreach (var (name, value) in fields)
        {
            form[name] = value;
        }

        var target = handler is null ? page : new Uri(QueryHelpers.AddQueryString(page.ToString(), "handler", handler));
        return await http.PostAsync(target, new FormUrlEncodedContent(form));
    }

    /// <summary>The authenticator key an enrolment page shows (spaces removed).</summary>
    public static string SharedKey(string html) => SharedKeyText().Match(html) is { Success: true } found
        ? found.Groups[1].Value.Replace(" ", "", StringComparison.Ordinal)
        : throw new InvalidOperationException("The page shows no authenticator key.");

    public static IReadOnlyList<string> RecoveryCodes(string html) =>
        [.. RecoveryCodeItem().Matches(RecoveryCodeList().Match(html).Value).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("<input (?=[^>]*type=\"hidden\")(?=[^>]*name=\"(?<name>[^\"]+)\")(?=[^>]*value=\"(?<value>[^\"]*)\")[^>]*>")]
    private static partial Regex HiddenField();

    [GeneratedRegex("data-testid=\"shared-key\">([^<]+)<")]
    private static partial Regex SharedKeyText();

    [GeneratedRegex("data-testid=\"recovery-codes\">.*?</ol>", RegexOptions.Singleline)]
    private static partial Regex RecoveryCodeList();

    [GeneratedRegex("<li>([^<]+)</li>")]
    private static partial Regex RecoveryCodeItem();
}
