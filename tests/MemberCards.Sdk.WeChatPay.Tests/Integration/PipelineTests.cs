using System.Diagnostics.Metrics;
using System.Globalization;
using MemberCards.Sdk.Security;
using MemberCards.Sdk.Testing;
using MemberCards.Sdk.Testing.WeChatPay;
using MemberCards.Sdk.WeChatPay.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.WeChatPay.Tests.Integration;

/// <summary>The order of the pipeline: retry outside signing (each attempt signed anew), verification and error mapping inside each attempt.</summary>
public sealed class PipelineTests
{
    [Fact]
    public async Task Each_retry_is_signed_anew_with_its_own_nonce_and_each_signature_verifies_over_what_was_sent()
    {
        await using var harness = await Harness.PublicKeyModeAsync();
        harness.Emulator.Host.Faults.Next(Fault.Status(500, """{"code":"SYSTEM_ERROR","message":"系统错误"}""")).Next(Fault.DropConnection());

        await harness.Client.GetUserCardAsync(Harness.SampleGet());

        var attempts = harness.Emulator.Host.Requests;
        Assert.Equal(3, attempts.Count);
        var signed = attempts.Select(Parse).ToArray();
        Assert.Equal(3, signed.Select(a => a["nonce_str"]).Distinct().Count());
        Assert.Equal(3, signed.Select(a => a["signature"]).Distinct().Count());
        for (var i = 0; i < attempts.Count; i++)
        {
            var message = RequestSignature.BuildMessage(attempts[i].Method, attempts[i].PathAndQuery, long.Parse(signed[i]["timestamp"], CultureInfo.InvariantCulture), signed[i]["nonce_str"], attempts[i].Body.Span);
            Assert.True(RsaSha256.Verify(harness.Emulator.MerchantKey.Rsa, message, signed[i]["signature"]), $"attempt {i + 1} does not verify");
        }

        // The last attempt reached the emulator's own check of the Authorization and was answered.
        Assert.Equal(attempts[^1].PathAndQuery, harness.Emulator.RequestTargets[^1]);
    }

    [Fact]
    public async Task Telemetry_and_error_mapping_run_inside_each_attempt()
    {
        var measurements = new List<(string Operation, string Outcome, string Registration)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Name == MemberCardsTelemetry.RequestDurationInstrument)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((_, _, tags, _) =>
        {
            var map = new Dictionary<string, string?>();
            foreach (var tag in tags)
            {
                map[tag.Key] = tag.Value?.ToString();
            }

            if (map.GetValueOrDefault("service") == WeChatPayConstants.ServiceName && map.GetValueOrDefault("registration") == "pipeline-telemetry")
            {
                lock (measurements)
                {
                    measurements.Add((map["operation"]!, map["outcome"]!, map["registration"]!));
                }
            }
        });
        listener.Start();
        await using var emulator = await WeChatPayEmulator.StartAsync(TestKeys.Options());
        emulator.PutUserCard(WeChatPayEmulator.SampleUserCard());
        var services = new ServiceCollection();
        services.AddMemberCards().AddWeChatPay("pipeline-telemetry", o => { emulator.ConfigurePublicKeyMode(o); o.RetryDelay = TimeSpan.Zero; });
        await using var provider = services.BuildServiceProvider();
        emulator.Host.Faults.Next(Fault.Status(503, """{"code":"SYSTEM_ERROR","message":"系统错误"}""")).Next(Fault.Status(429, """{"code":"FREQUENCY_LIMITED","message":"频率限制"}"""));

        await provider.GetRequiredService<IWeChatPayClientFactory>().Create("pipeline-telemetry").GetUserCardAsync(Harness.SampleGet());

        Assert.Equal(
            [("GetUserCard", "SYSTEM_ERROR", "pipeline-telemetry"), ("GetUserCard", "FREQUENCY_LIMITED", "pipeline-telemetry"), ("GetUserCard", "success", "pipeline-telemetry")],
            measurements);
    }

    [Fact]
    public async Task A_POST_is_never_retried_even_when_the_retry_options_are_told_to_retry_everything()
    {
        await using var harness = await Harness.StartAsync((e, o) => e.ConfigurePublicKeyMode(o), null, null, b => b.ConfigureRetry(r => r.ShouldHandle = _ => ValueTask.FromResult(true)), null);
        harness.Emulator.Host.Faults.Next(Fault.Status(500, """{"code":"SYSTEM_ERROR","message":"系统错误"}"""), times: 5);

        var error = await Assert.ThrowsAsync<MemberCardsOutcomeUnknownException>(() => harness.Client.ConfirmUserCardAsync(new ConfirmUserCardRequest
        {
            UserCardCode = "000000000001",
            BrandId = "1004",
            CardId = "pbLatjvWOibDc5-TBnbUk1pD12o0",
            OpenId = "obLatjnx9gnqzS4myYGmLZ7LgLBA",
            UserCardConfirmState = UserCardConfirmState.CreateCardSuccess,
        }));

        Assert.Equal(500, error.StatusCode);
        Assert.Single(harness.Emulator.Host.Requests);
    }

    [Fact]
    public async Task The_retry_options_can_be_tuned_with_the_standard_resilience_options()
    {
        await using var harness = await Harness.StartAsync((e, o) => e.ConfigurePublicKeyMode(o), null, null, b => b.ConfigureRetry(r => r.MaxRetryAttempts = 4), null);
        harness.Emulator.Host.Faults.Next(Fault.Status(502), times: 10);

        await Assert.ThrowsAsync<WeChatPayApiException>(() => harness.Client.GetUserCardAsync(Harness.SampleGet()));

        Assert.Equal(5, harness.Emulator.Host.Requests.Count);
    }

    [Fact]
    public async Task Retry_settings_reload_without_a_restart()
    {
        await using var emulator = await WeChatPayEmulator.StartAsync(TestKeys.Options());
        emulator.PutUserCard(WeChatPayEmulator.SampleUserCard());
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MemberCards:WeChatPay:MaxRetries"] = "2",
            ["MemberCards:WeChatPay:RetryDelay"] = "00:00:00",
        }).Build();
        var services = new ServiceCollection();
        services.AddMemberCards(configuration.GetSection("MemberCards")).AddWeChatPay().Configure(o =>
        {
            var (retries, delay) = (o.MaxRetries, o.RetryDelay);
            emulator.ConfigurePublicKeyMode(o);
            (o.MaxRetries, o.RetryDelay) = (retries, delay);
        });
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IWeChatPayBrandCardClient>();
        emulator.Host.Faults.Next(Fault.Status(500), times: 100);

        await Assert.ThrowsAsync<WeChatPayApiException>(() => client.GetUserCardAsync(Harness.SampleGet()));
        var before = emulator.Host.Requests.Count;
        configuration["MemberCards:WeChatPay:MaxRetries"] = "0";
        configuration.Reload();
        await Assert.ThrowsAsync<WeChatPayApiException>(() => provider.GetRequiredService<IWeChatPayBrandCardClient>().GetUserCardAsync(Harness.SampleGet()));

        Assert.Equal(3, before);
        Assert.Equal(4, emulator.Host.Requests.Count);
    }

    private static Dictionary<string, string> Parse(RecordedRequest request)
    {
        var authorization = request.Header("Authorization")!;
        Assert.StartsWith(RequestSignature.Scheme + " ", authorization, StringComparison.Ordinal);
        return authorization[(RequestSignature.Scheme.Length + 1)..].Split(',')
            .Select(part => part.Split('=', 2))
            .ToDictionary(p => p[0], p => p[1].Trim('"'), StringComparer.Ordinal);
    }
}
