using System.Diagnostics;
using System.Text;
using MemberCards.Sdk.Youzan.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace MemberCards.Sdk.Youzan.Tests.Unit.Fuzz;

public class YouzanPushFuzzTests(ITestOutputHelper output)
{
    private const int Cases = 120_000;
    private const int Seed = 176_0005;

    [Fact]
    public void Mutated_seed_pushes_only_ever_fail_as_format_or_signature_errors()
    {
        var mutator = new PushMutator(new Random(Seed));
        var verifier = YouzanSamples.Verifier();
        var tally = new Dictionary<string, int>(StringComparer.Ordinal);
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < Cases; i++)
        {
            var (body, eventSign, kind) = mutator.Next(i);
            var outcome = Run(verifier, body, eventSign, YouzanConstants.DefaultMaxMessageBytes, i, kind);
            tally[outcome] = tally.GetValueOrDefault(outcome) + 1;
        }

        output.WriteLine($"{Cases} cases in {watch.Elapsed}: {string.Join(", ", tally.OrderBy(t => t.Key).Select(t => $"{t.Key} {t.Value}"))}");
        Assert.Equal(Cases, tally.Values.Sum());
        // Every road was taken: the mutations reach the verifier, the decoder and the typed readers.
        Assert.True(tally.GetValueOrDefault("typed") > 5_000, "too few mutated pushes were read into typed events");
        Assert.True(tally.GetValueOrDefault("format after verification") > 5_000, "too few verified pushes had unreadable messages");
        Assert.True(tally.GetValueOrDefault("format") > 5_000, "too few malformed bodies");
        Assert.True(tally.GetValueOrDefault("signature") > 5_000, "too few signature failures");
        Assert.True(tally.GetValueOrDefault("health check") > 100, "too few health checks");
        Assert.True(tally.GetValueOrDefault("raw") > 1_000, "too few unknown types");
    }

    [Fact]
    public void Ten_megabyte_bodies_are_refused_by_the_cap_or_read_safely_when_the_cap_allows_them()
    {
        var verifier = YouzanSamples.Verifier();
        const int TenMegabytes = 10 * 1024 * 1024;
        var msg = Testing.Youzan.YouzanFormEncoding.Encode("{\"card_alias\":\"" + new string('a', TenMegabytes) + "\"}");
        var fields = PushMutator.Fields(0, msg);
        // The envelope id names the card of the sample, not the 10 MB alias; a body-signed push whose id contradicts the signed msg is refused.
        fields.RemoveAll(f => f.Name == "id");
        var bodies = new List<(byte[] Body, string? EventSign)>
        {
            (Encoding.UTF8.GetBytes(new string(' ', TenMegabytes) + "{\"test\":true}"), null),
            (Encoding.UTF8.GetBytes("{\"kdt_name\":\"" + new string('墨', TenMegabytes / 3) + "\"}"), null),
            (Encoding.UTF8.GetBytes(new string('[', TenMegabytes)), null),
            (Encoding.UTF8.GetBytes("{\"a\":" + string.Concat(Enumerable.Repeat("{\"b\":", TenMegabytes / 5))), "00"),
            PushMutator.Signed(fields, eventSign: false),
            PushMutator.Signed(fields, eventSign: true),
        };
        var outcomes = new List<string>();
        for (var i = 0; i < bodies.Count; i++)
        {
            Assert.True(bodies[i].Body.Length >= TenMegabytes);
            Assert.Equal("format", Run(verifier, bodies[i].Body, bodies[i].EventSign, YouzanConstants.DefaultMaxMessageBytes, i, "10 MB"));
            outcomes.Add(Run(verifier, bodies[i].Body, bodies[i].EventSign, 16 * 1024 * 1024, i, "10 MB under a 16 MB cap"));
        }

        // An unreadable body under a wrong Event-Sign is reported as the signature failure it is.
        Assert.Equal(["health check", "signature", "format", "signature", "typed", "typed"], outcomes);
    }

    [Fact]
    public async Task The_dispatcher_from_di_lets_only_format_or_signature_errors_escape()
    {
        var services = new ServiceCollection();
        services.AddMemberCards().AddYouzan()
            .Configure(o =>
            {
                o.ClientId = YouzanSamples.ClientId;
                o.ClientSecret = YouzanSamples.Secret;
            })
            .AddHandler<YouzanCardEvent, CardHandler>()
            .AddHandler<YouzanCustomerCardEvent, CustomerCardHandler>()
            .AddHandler<YouzanPush, OtherPushHandler>();
        services.AddSingleton<PushRecorder>();
        await using var provider = services.BuildServiceProvider();
        var dispatcher = provider.GetRequiredService<IYouzanDispatcher>();
        var mutator = new PushMutator(new Random(Seed + 1));
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < 4_000; i++)
        {
            var (body, eventSign, kind) = mutator.Next(i);
            string outcome;
            try
            {
                outcome = (await dispatcher.DispatchAsync(body, eventSign)).Outcome.ToString();
            }
            catch (MemberCardsFormatException)
            {
                outcome = "format";
            }
            catch (MemberCardsSignatureException)
            {
                outcome = "signature";
            }
            catch (Exception ex)
            {
                throw new Xunit.Sdk.XunitException($"Case {i} ({kind}) let {ex.GetType().Name} escape: {ex}\nBody: {Encoding.UTF8.GetString(body[..Math.Min(body.Length, 2000)])}");
            }

            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
        }

        output.WriteLine(string.Join(", ", outcomes.OrderBy(t => t.Key).Select(t => $"{t.Key} {t.Value}")));
        Assert.True(outcomes.GetValueOrDefault("Handled") > 100);
        Assert.True(outcomes.GetValueOrDefault("Duplicate") > 100);
        Assert.True(outcomes.GetValueOrDefault("HealthCheck") > 0);
    }

    private static string Run(YouzanPushVerifier verifier, byte[] body, string? eventSign, int cap, int caseNumber, string kind)
    {
        var verified = false;
        try
        {
            var push = verifier.ReadVerified(body, eventSign, cap);
            if (push.IsHealthCheck)
            {
                return "health check";
            }

            verified = true;
            switch (push.Type)
            {
                case YouzanConstants.ScrmCardType:
                    _ = YouzanCardEvent.From(push).ToString();
                    return "typed";
                case YouzanConstants.ScrmCustomerCardType:
                    _ = YouzanCustomerCardEvent.From(push).ToString();
                    return "typed";
                default:
                    _ = push.RawMessage is null ? null : push.DecodeMessage();
                    return "raw";
            }
        }
        catch (MemberCardsFormatException)
        {
            return verified ? "format after verification" : "format";
        }
        catch (MemberCardsSignatureException)
        {
            return "signature";
        }
        catch (Exception ex)
        {
            throw new Xunit.Sdk.XunitException($"Case {caseNumber} ({kind}) let {ex.GetType().Name} escape: {ex}\nBody: {Encoding.UTF8.GetString(body[..Math.Min(body.Length, 2000)])}");
        }
    }
}
