namespace B2BPortal.LocalServers;

/// <summary>Development-only secrets for the throwaway servers AppHost runs on loopback. Never use them anywhere else.</summary>
public static class DevelopmentCredentials
{
    public const string PostgresSuperuser = "postgres";
    public const string PostgresSuperuserPassword = "portal-dev-only";
    public const string RabbitMqUser = "guest";
    public const string RabbitMqPassword = "guest";

    /// <summary>RabbitMQ in a container: its <c>guest</c> may log in from inside the container only, so the portal has a user of its own.</summary>
    public const string RabbitMqContainerUser = "portal";
    public const string RabbitMqContainerPassword = "portal-dev-only";

    public static string PostgresRolePassword(string role) => $"{role}-dev-only";
}
