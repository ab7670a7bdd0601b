using B2BPortal.Contracts.Webhooks;

namespace B2BPortal.Webhooks.Features.Endpoints;

/// <summary>A partner system's URL that receives the account's events of the types it asked for, signed with its secrets.</summary>
public sealed class WebhookEndpoint
{
    public const int MaxUrlLength = 2000;
    public const int MaxDescriptionLength = 200;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid AccountId { get; init; }
    public required string Url { get; set; }
    public string? Description { get; set; }
    public List<string> EventTypes { get; set; } = [];
    public string Status { get; set; } = WebhookEndpointStatuses.Active;
    public string? DisabledReason { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public required string CreatedBy { get; init; }

    /// <summary>Who is mailed when the endpoint is disabled: the person who registered it, if a person did.</summary>
    public string? NotifyEmail { get; init; }

    /// <summary>Since when every attempt has failed (null after any success); long enough, and the endpoint is disabled.</summary>
    public DateTimeOffset? FailingSince { get; set; }

    public List<EndpointSecret> Secrets { get; init; } = [];

    /// <summary>The secrets that sign now: the current one, and a rotated-out one until its grace period ends.</summary>
    public IEnumerable<EndpointSecret> SigningSecrets(DateTimeOffset now) =>
        Secrets.Where(s => s.ExpiresAt is null || s.ExpiresAt > now).OrderByDescending(s => s.CreatedAt);

    public WebhookEndpointDto ToDto(DateTimeOffset now) => new(Id, AccountId, Url, Description, EventTypes, Status, DisabledReason, CreatedAt, CreatedBy,
        FailingSince, [.. SigningSecrets(now).Select(s => new WebhookSecretInfoDto(s.Id, s.CreatedAt, s.ExpiresAt))]);
}

/// <summary>A <c>whsec_</c> signing secret of an endpoint; a rotated one keeps signing until <see cref="ExpiresAt"/>.</summary>
public sealed class EndpointSecret
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid EndpointId { get; init; }
    public required string Secret { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? ExpiresAt { get; set; }

    /// <summary>A new secret: <c>whsec_</c> and 32 random bytes in base64, as Standard Webhooks receivers expect.</summary>
    public static string NewSecret() => "whsec_" + Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
}
