using System.Collections.Concurrent;
using System.Globalization;
using MemberCards.Sdk;
using MemberCards.Sdk.Redis.FleetHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// One instance of a fleet: reads one command per line on stdin and answers one line on stdout
// ("ok key=value ..." or "error text"). Commands that take a start time (Unix ms) wait for it, so that the three
// instances the tests start begin together.
var settings = FleetSettings.Parse(args);
var logs = new CountingLoggerProvider();
var probe = new HandlerProbe();
var services = new ServiceCollection();
services.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Information));
FleetServices.Register(services, settings, probe);
await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

Console.Out.WriteLine("ok ready");
Console.Out.Flush();
string? line;
while ((line = await Console.In.ReadLineAsync().ConfigureAwait(false)) is not null)
{
    string answer;
    try
    {
        answer = await RunAsync(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ConfigureAwait(false);
    }
    catch (Exception ex)
    {
        answer = $"error {ex.GetType().Name}: {ex.Message.ReplaceLineEndings(" ")}";
    }

    Console.Out.WriteLine(answer);
    Console.Out.Flush();
    if (answer == "ok bye")
    {
        break;
    }
}

async Task<string> RunAsync(string[] words)
{
    switch (words[0])
    {
        case "quit":
            return "ok bye";
        case "fail-next":
            probe.FailNext();
            return "ok";
        case "stats":
            return $"ok runs={probe.Runs} throws={probe.Throws} fallback={logs.Count(2090)} resumed={logs.Count(2091)} ticketFallback={logs.Count(2092)} fetched={logs.Count(CountingLoggerProvider.TokenFetched)} forced={logs.ForcedFetches}";
        case "probe":
            return $"ok redis={(await RedisAnswersAsync().ConfigureAwait(false) ? "up" : "down")}";
        case "tokens":
        {
            await StartAtAsync(words[1]).ConfigureAwait(false);
            var tokens = await ManyAsync(Count(words[3]), () => FleetServices.TokenAsync(provider, words[2])).ConfigureAwait(false);
            return $"ok {Distinct(tokens)} {Errors(tokens)}";
        }

        case "tickets":
        {
            // "tickets start app type count": count concurrent callers ask for the ticket of that type.
            await StartAtAsync(words[1]).ConfigureAwait(false);
            var tickets = await ManyAsync(Count(words[4]), () => FleetServices.TicketAsync(provider, words[2], words[3])).ConfigureAwait(false);
            return $"ok {Distinct(tickets)} {Errors(tickets)}";
        }

        case "calls":
        {
            await StartAtAsync(words[1]).ConfigureAwait(false);
            var calls = await ManyAsync(Count(words[3]), () => CardCallAsync(words[2])).ConfigureAwait(false);
            return $"ok {Tally(calls)} {Errors(calls)}";
        }

        case "calls-until":
        {
            // "calls-until start app end concurrency": that many callers make card calls one after the other until
            // the end (Unix ms), so every instance is still calling at any moment in between.
            await StartAtAsync(words[1]).ConfigureAwait(false);
            var end = DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(words[3], CultureInfo.InvariantCulture));
            var calls = await UntilAsync(end, Count(words[4]), () => CardCallAsync(words[2])).ConfigureAwait(false);
            return $"ok {Tally(calls)} {Errors(calls)}";
        }

        case "youzan":
        {
            await StartAtAsync(words[1]).ConfigureAwait(false);
            var body = Convert.FromBase64String(words[3]);
            var outcomes = await ManyAsync(Count(words[2]), () => FleetServices.DispatchAsync(provider, body, words.Length > 4 && words[4] != "-" ? words[4] : null)).ConfigureAwait(false);
            return $"ok {Tally(outcomes)} {Errors(outcomes)}";
        }

        default:
            return $"error unknown command {words[0]}";
    }
}

// One card call; its outcome is "0" or the errcode WeChat answered.
async Task<string> CardCallAsync(string appId)
{
    try
    {
        await FleetServices.CardCallAsync(provider, appId).ConfigureAwait(false);
        return "0";
    }
    catch (MemberCardsApiException ex) when (ex.ErrorCode is not null)
    {
        return ex.ErrorCode;
    }
}

async Task<bool> RedisAnswersAsync()
{
    var store = provider.GetRequiredService<IMessageDeduplicationStore>();
    try
    {
        var claim = await store.TryClaimAsync("fleet-host:probe:" + Guid.NewGuid().ToString("N"), TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        await store.ReleaseAsync(claim).ConfigureAwait(false);
        return true;
    }
    catch (MemberCardsCoordinationException)
    {
        return false;
    }
}

static int Count(string text) => int.Parse(text, CultureInfo.InvariantCulture);

static async Task StartAtAsync(string unixMilliseconds)
{
    var wait = DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(unixMilliseconds, CultureInfo.InvariantCulture)) - DateTimeOffset.UtcNow;
    if (wait > TimeSpan.Zero)
    {
        await Task.Delay(wait).ConfigureAwait(false);
    }
}

static async Task<Result[]> ManyAsync(int count, Func<Task<string>> operation)
{
    var tasks = new Task<Result>[count];
    for (var i = 0; i < count; i++)
    {
        tasks[i] = Task.Run(() => OnceAsync(operation));
    }

    return await Task.WhenAll(tasks).ConfigureAwait(false);
}

// concurrency callers, each repeating the operation until the end.
static async Task<Result[]> UntilAsync(DateTimeOffset end, int concurrency, Func<Task<string>> operation)
{
    var results = new ConcurrentQueue<Result>();
    var callers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
    {
        while (DateTimeOffset.UtcNow < end)
        {
            results.Enqueue(await OnceAsync(operation).ConfigureAwait(false));
        }
    }));
    await Task.WhenAll(callers).ConfigureAwait(false);
    return [.. results];
}

static async Task<Result> OnceAsync(Func<Task<string>> operation)
{
    try
    {
        return new Result(await operation().ConfigureAwait(false), null);
    }
    catch (Exception ex)
    {
        return new Result(null, ex);
    }
}

// How many distinct values the callers got, and a digest of one: never the secret itself, so the tests can compare instances.
static string Distinct(Result[] results)
{
    var got = results.Where(t => t.Error is null).Select(t => t.Value!).Distinct().ToArray();
    var digest = got.Length == 0 ? "none" : Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(got[0])))[..12];
    return $"distinct={got.Length} digest={digest}";
}

static string Tally(Result[] results)
{
    var counts = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
    foreach (var result in results.Where(r => r.Error is null))
    {
        counts.AddOrUpdate(result.Value!, 1, (_, n) => n + 1);
    }

    return string.Join(' ', counts.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));
}

// "retry" counts MemberCardsCoordinationException (the transport answers the platform's retry); every other
// exception is counted under its type name.
static string Errors(Result[] results)
{
    var errors = results.Where(r => r.Error is not null).ToArray();
    var retry = errors.Count(r => r.Error is MemberCardsCoordinationException);
    var others = errors.Where(r => r.Error is not MemberCardsCoordinationException).GroupBy(r => r.Error!.GetType().Name).Select(g => $"error:{g.Key}={g.Count()}");
    var first = errors.FirstOrDefault(r => r.Error is not MemberCardsCoordinationException)?.Error;
    if (first is not null)
    {
        Console.Error.WriteLine($"fleet host: {first}");
    }

    return string.Join(' ', new[] { $"retry={retry}", $"errors={errors.Length - retry}" }.Concat(others));
}

internal sealed record Result(string? Value, Exception? Error);
