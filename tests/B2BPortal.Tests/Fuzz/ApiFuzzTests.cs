using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using B2BPortal.Tests.Infrastructure;
using CsCheck;
using Npgsql;
using Xunit.Abstractions;

namespace B2BPortal.Tests.Fuzz;

/// <summary>A portal of its own: the fuzz suite changes settings at random (assortments, credit terms, security policy) that other tests rely on.</summary>
[CollectionDefinition(Name)]
public sealed class FuzzCollection : ICollectionFixture<FuzzPortalFixture>
{
    public const string Name = "fuzz";
}

/// <summary>
/// The fuzz suite's portal refreshes session tokens as the BFF does in production (a minute before they expire, not ten seconds
/// after they were issued: each refresh holds up the session's requests while Identity answers, which the suite would time as the
/// route's) and lets the partner call as often as the suite sends, so its requests reach the services instead of the rate limit.
/// </summary>
public sealed class FuzzPortalFixture : PortalFixture
{
    protected override string BffRefreshBeforeExpiry => "00:01:00";

    protected override int PartnerAllowancePerMinute => 1_000_000;
}

/// <summary>
/// Requests to every route of the public API, generated from its own OpenAPI document (<see cref="FuzzRequests"/>), sent through
/// the BFF by an Acme account admin, an internal account manager and a partner. CsCheck shrinks a failing request to the
/// smallest that still fails. <c>B2B_FUZZ_INPUTS</c> sets how many (2,000 unless set; the long run: <c>bash tests/fuzz.sh</c>).
/// </summary>
[Collection(FuzzCollection.Name)]
[Trait("Category", "Fuzz")]
public sealed class ApiFuzzTests(FuzzPortalFixture portal, ITestOutputHelper output)
{
    private static readonly int Inputs = int.TryParse(Environment.GetEnvironmentVariable("B2B_FUZZ_INPUTS"), out var inputs) ? inputs : 2_000;

    [Fact]
    public async Task Every_route_answers_hostile_input_with_a_problem_never_a_5xx_and_stores_nothing_invalid()
    {
        // The client must not be what is timed: CsCheck builds large values (bodies of megabytes) on the pool's threads, and with
        // two cores the pool has two until it adds more, half a second at a time, while answers wait for a thread to read them.
        ThreadPool.GetMinThreads(out var workers, out var completions);
        ThreadPool.SetMinThreads(Math.Max(workers, 32), Math.Max(completions, 32));

        // Signing out or starting a sign-in would end or replace the callers' sessions mid-run.
        var api = ApiDescription.Parse(await portal.PublicApiDocumentAsync()).Without(o => o.Path is "/bff/logout" or "/bff/login");
        var callers = await CallersAsync();
        var statuses = new ConcurrentDictionary<string, int>();
        var slowest = new ConcurrentDictionary<string, double>();
        var slowRequests = new ConcurrentQueue<string>();
        var timedAnswers = new ConcurrentBag<double>();
        var started = Stopwatch.GetTimestamp();
        var sent = 0;
        var generator = new FuzzRequests(api, callers.Count);
        var requests = generator.All;
        async Task SendAsync(FuzzRequest request, bool timed)
        {
            var timer = Stopwatch.GetTimestamp();
            using var response = await SendOnceMoreIfClosedAsync(callers[request.Caller], request);
            var body = await response.Content.ReadAsStringAsync();
            var elapsed = Stopwatch.GetElapsedTime(timer);
            Interlocked.Increment(ref sent);
            statuses.AddOrUpdate($"{(int)response.StatusCode}", 1, (_, n) => n + 1);
            slowest.AddOrUpdate(request.Operation.ToString(), elapsed.TotalMilliseconds, (_, ms) => Math.Max(ms, elapsed.TotalMilliseconds));
            if (timed)
            {
                timedAnswers.Add(elapsed.TotalMilliseconds);
            }

            if (elapsed > Verdict.Slowest / 2)
            {
                slowRequests.Enqueue($"{Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s: {elapsed.TotalMilliseconds:0} ms, {(int)response.StatusCode} to {request.Line}");
            }
            if (Verdict.Judge(request, response.StatusCode, response.Content.Headers.ContentType?.ToString(), body, timed ? elapsed : null) is { } wrong)
            {
                throw new Xunit.Sdk.XunitException(wrong);
            }
        }

        try
        {
            // A fresh portal compiles each route on its first calls: every route's first 10 are judged on everything but time.
            foreach (var operation in api.Operations)
            {
                await generator.For(operation).SampleAsync(request => SendAsync(request, timed: false), iter: 10, threads: 2);
            }

            await requests.SampleAsync(request => SendAsync(request, timed: true), iter: Inputs, threads: 2, writeLine: output.WriteLine);
        }
        catch (CsCheckException failed)
        {
            // CsCheck's message names the smallest failing request; what was wrong with its answer is the inner exception's.
            throw new Xunit.Sdk.XunitException($"{failed.Message}\n=> {failed.InnerException?.Message}");
        }
        finally
        {
            output.WriteLine($"{sent:N0} requests to {api.Operations.Count} operations in {Stopwatch.GetElapsedTime(started).TotalSeconds:0} s; answers: " +
                             string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key} ×{s.Value:N0}")));
            output.WriteLine($"requests sent once more because their connection was closed under them: {transportRetries}");
            output.WriteLine("slowest answer per operation, slowest first: " +
                             string.Join(", ", slowest.OrderByDescending(s => s.Value).Take(8).Select(s => $"{s.Key} {s.Value:0} ms")));
            var times = timedAnswers.Order().ToArray();
            if (times.Length > 0)
            {
                output.WriteLine($"timed answers (after the warm-up): {times.Length:N0}, p50 {times[times.Length / 2]:0} ms, " +
                                 $"p99 {times[(int)(times.Length * 0.99)]:0} ms, slowest {times[^1]:0} ms");
            }

            output.WriteLine($"answers slower than {(Verdict.Slowest / 2).TotalMilliseconds:0} ms (seconds into the run): {slowRequests.Count}");
            foreach (var slow in slowRequests.Take(40))
            {
                output.WriteLine($"  {slow}");
            }
        }

        var stored = await StoredInputs.InvalidAsync(new NpgsqlConnectionStringBuilder(portal.PostgresAdminConnectionString) { Database = "portal" }.ConnectionString);
        output.WriteLine($"invalid inputs stored: {stored.Count}");
        Assert.Empty(stored);
    }

    private int transportRetries;

    /// <summary>
    /// Sends the request; when the connection it went out on was closed under it (a server closes one after refusing a body
    /// past every limit, and the pool may hand it out once more before it sees that), sends it once more on a new one, as
    /// HTTP clients do. Counted and printed: a closed connection the retry does not cure fails the run.
    /// </summary>
    private async Task<HttpResponseMessage> SendOnceMoreIfClosedAsync(HttpClient client, FuzzRequest request)
    {
        try
        {
            using var message = request.ToMessage();
            return await client.SendAsync(message);
        }
        catch (HttpRequestException)
        {
            Interlocked.Increment(ref transportRetries);
            using var again = request.ToMessage();
            return await client.SendAsync(again);
        }
    }

    /// <summary>
    /// An Acme account admin and the internal account manager (signed in through the BFF, cookie and <c>X-CSRF</c>) and the Acme
    /// partner (bearer token), each on a client that sends header values as UTF-8 rather than refusing them, as a careless client does.
    /// </summary>
    private async Task<IReadOnlyList<HttpClient>> CallersAsync()
    {
        var clients = new List<HttpClient>();
        foreach (var user in new[] { Demo.AcmeAdmin, Demo.AccountManager })
        {
            using var session = await portal.SignInAsync(user);
            var client = Client(session.Cookies);
            client.DefaultRequestHeaders.Add("X-CSRF", "1");
            clients.Add(client);
        }

        var partner = Client(new CookieContainer());
        partner.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await portal.ClientCredentialsTokenAsync());
        clients.Add(partner);
        return clients;
    }

    private HttpClient Client(CookieContainer cookies) => new(new SocketsHttpHandler
    {
        CookieContainer = cookies,
        AllowAutoRedirect = false,
        RequestHeaderEncodingSelector = (_, _) => Encoding.UTF8,
    })
    {
        BaseAddress = portal.BffUrl,
        Timeout = TimeSpan.FromSeconds(30),
    };
}
