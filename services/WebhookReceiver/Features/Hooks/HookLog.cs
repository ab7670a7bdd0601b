using System.Collections.Concurrent;

namespace B2BPortal.WebhookReceiver.Features.Hooks;

/// <summary>
/// What each named hook received, in memory (a demo receiver): each event once by its <c>webhook-id</c> — the de-duplication every
/// receiver needs, since delivery is at least once — with how many times it came; refusals counted; and an outage switch.
/// </summary>
public sealed class HookLog
{
    private readonly ConcurrentDictionary<string, Hook> hooks = new(StringComparer.Ordinal);

    public Hook For(string name) => hooks.GetOrAdd(name, _ => new Hook());

    public sealed class Hook
    {
        private readonly Lock gate = new();
        private readonly List<ReceivedEvent> events = [];
        private readonly Dictionary<string, ReceivedEvent> byId = new(StringComparer.Ordinal);

        public IReadOnlyList<string> Secrets { get; set; } = [];

        public DateTimeOffset DownUntil { get; set; }

        public int Refused { get; private set; }

        public int Deliveries { get; private set; }

        public void Refuse()
        {
            lock (gate)
            {
                Refused++;
            }
        }

        /// <summary>Keeps the event the first time its id comes; answers whether it is new.</summary>
        public bool Accept(string id, string type, string body, int secretIndex, DateTimeOffset at)
        {
            lock (gate)
            {
                Deliveries++;
                if (byId.TryGetValue(id, out var known))
                {
                    known.Times++;
                    return false;
                }

                var received = new ReceivedEvent(id, type, body, secretIndex, at) { Times = 1 };
                byId[id] = received;
                events.Add(received);
                return true;
            }
        }

        public HookStateDto Snapshot()
        {
            lock (gate)
            {
                return new HookStateDto(Deliveries, Refused, [.. events.Select(e => new ReceivedEventDto(e.Id, e.Type, e.Body, e.SecretIndex, e.At, e.Times))]);
            }
        }
    }

    private sealed record ReceivedEvent(string Id, string Type, string Body, int SecretIndex, DateTimeOffset At)
    {
        public int Times { get; set; }
    }
}

/// <summary>A hook's log: every delivery counted, refusals (bad signature or timestamp), and each event once, with how often it came.</summary>
public sealed record HookStateDto(int Deliveries, int Refused, IReadOnlyList<ReceivedEventDto> Events);

/// <summary>An event received: its id and type, its body, which secret verified it (0 = the first given), when it first came, how many times.</summary>
public sealed record ReceivedEventDto(string Id, string Type, string Body, int SecretIndex, DateTimeOffset At, int Times);

/// <summary>The secrets a hook verifies with (a rotation gives two); <c>downForSeconds</c> makes it answer 503 for a while.</summary>
public sealed record HookSettingsDto(IReadOnlyList<string>? Secrets = null, int? DownForSeconds = null);
