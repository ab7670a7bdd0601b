namespace B2BPortal.LocalServers;

/// <summary>Development-only secrets for the throwaway servers AppHost runs on loopback. Never use them anywhere else.</summary>
public static class DevelopmentCredentials
{
    public const string PostgresSuperuser = "postgres";
    public const string PostgresSuperuserPassword = "portal-dev-only";
    public const string RabbitMqUser = "guest";
    public const string RabbitMqPassword = "guest";

    public static string PostgresRolePassword(string role) => $"{role}-dev-only";
}
