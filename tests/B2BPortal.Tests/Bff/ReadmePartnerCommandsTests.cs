using System.Diagnostics;
using System.Text.RegularExpressions;
using B2BPortal.Tests.Infrastructure;

namespace B2BPortal.Tests.Bff;

/// <summary>The partner's curl commands in the README, run as written (only the two local addresses point at the test portal).</summary>
[Collection(PortalCollection.Name)]
public sealed partial class ReadmePartnerCommandsTests(PortalFixture portal)
{
    [Fact]
    public async Task The_README_curl_commands_get_a_token_read_Acme_place_an_order_and_get_404_for_Borealis()
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "README.md"));
        var section = readme[readme.IndexOf("### Partner API (curl)", StringComparison.Ordinal)..];
        var script = ShellBlock().Match(section).Groups[1].Value
            .Replace("http://localhost:5081", portal.IdentityUrl.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal)
            .Replace("http://localhost:5080", portal.BffUrl.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal);

        var output = await RunBashAsync(script);

        Assert.Contains($"\"accountId\":\"{Demo.AcmeIndustrial}\"", output);
        Assert.DoesNotContain(Demo.BorealisMining.ToString(), output.Replace($"accounts/{Demo.BorealisMining}", "", StringComparison.Ordinal));
        Assert.Matches("\"purchaseOrderNumber\":\"PO-\\d+\"", output);
        Assert.Contains("\"status\":\"Submitted\"", output);
        Assert.EndsWith("404", output.TrimEnd());
    }

    private static async Task<string> RunBashAsync(string script)
    {
        using var bash = Process.Start(new ProcessStartInfo("bash", ["-euo", "pipefail", "-c", script])
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        })!;
        var output = bash.StandardOutput.ReadToEndAsync();
        var errors = bash.StandardError.ReadToEndAsync();
        await bash.WaitForExitAsync();
        Assert.True(bash.ExitCode == 0, $"exit {bash.ExitCode}: {await errors}");
        return await output;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "B2BPortal.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (B2BPortal.sln) was not found above the test binaries.");
    }

    [GeneratedRegex("```sh\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ShellBlock();
}
