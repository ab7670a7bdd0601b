using System.Text.RegularExpressions;

namespace B2BPortal.Dashboard.Api;

/// <summary>Hides secrets in environment variables before the UI shows them: whole values of secret-looking names, passwords inside connection strings and URLs.</summary>
internal static partial class SecretMasking
{
    public const string Mask = "••••••";

    public static string MaskValue(string name, string value)
    {
        if (SecretName().IsMatch(name))
        {
            return Mask;
        }

        var masked = PasswordSetting().Replace(value, match => $"{match.Groups["key"].Value}={Mask}");
        return UserInfoPassword().Replace(masked, match => $"{match.Groups["scheme"].Value}{match.Groups["user"].Value}:{Mask}@");
    }

    [GeneratedRegex("(PASSWORD|PASSWD|SECRET|TOKEN|APIKEY|API_KEY|PRIVATE|HEADERS)", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();

    [GeneratedRegex(@"(?<key>\b(Password|Pwd)\s*)=[^;]*", RegexOptions.IgnoreCase)]
    private static partial Regex PasswordSetting();

    [GeneratedRegex(@"(?<scheme>[a-z][a-z0-9+.-]*://)(?<user>[^:/@\s]+):[^@/\s]+@", RegexOptions.IgnoreCase)]
    private static partial Regex UserInfoPassword();
}
