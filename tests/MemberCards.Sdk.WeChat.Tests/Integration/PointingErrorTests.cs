using MemberCards.Sdk.WeChat.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MemberCards.Sdk.WeChat.Tests.Integration;

/// <summary>Issue 19 item 10: failures name the request that failed and the settings that fix it.</summary>
public sealed class PointingErrorTests
{
    [Theory]
    [InlineData(WeChatTokenMode.Stable)]
    [InlineData(WeChatTokenMode.Classic)]
    public async Task A_wrong_AppSecret_says_it_was_the_access_token_request_and_names_AppSecret_and_AppId(WeChatTokenMode mode)
    {
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync();
        var logs = new ListLoggerProvider();
        await using var sdk = WeChatTestHosts.Build(emulator, o =>
        {
            o.AppSecret = "not-the-secret-of-this-app-000000";
            o.TokenMode = mode;
        }, logs: logs);

        var error = await Assert.ThrowsAsync<MemberCardsApiException>(() => sdk.GetRequiredService<IWeChatCardClient>().GetCardAsync(new WeChatCardIdRequest { CardId = "pAnyCard" }));

        Assert.Equal("40001", error.ErrorCode);
        Assert.Contains("access_token request", error.Message, StringComparison.Ordinal);
        Assert.Contains("MemberCards:WeChat:AppSecret", error.Message, StringComparison.Ordinal);
        Assert.Contains("MemberCards:WeChat:AppId", error.Message, StringComparison.Ordinal);
        Assert.Equal(error.Hint, error.Message[^error.Hint!.Length..]);
        Assert.DoesNotContain("not-the-secret-of-this-app", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(logs.Lines, l => l.Contains("not-the-secret-of-this-app", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_AppId_names_AppId()
    {
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync();
        await using var sdk = WeChatTestHosts.Build(emulator, o => o.AppId = "wx00000000000000ff");

        var error = await Assert.ThrowsAsync<MemberCardsApiException>(async () => await sdk.GetRequiredService<IWeChatAccessTokenProvider>().GetAccessTokenAsync());

        Assert.Equal("40013", error.ErrorCode);
        Assert.Contains("access_token request", error.Message, StringComparison.Ordinal);
        Assert.Contains("MemberCards:WeChat:AppId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_card_call_refused_with_40001_after_a_token_was_obtained_does_not_blame_the_AppSecret()
    {
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync();
        await using var sdk = WeChatTestHosts.Build(emulator);
        var client = sdk.GetRequiredService<IWeChatCardClient>();
        await sdk.GetRequiredService<IWeChatAccessTokenProvider>().GetAccessTokenAsync();
        emulator.RevokeTokens(WeChatTestHosts.AppId, stickyStableToken: true);

        var error = await Assert.ThrowsAsync<MemberCardsApiException>(() => client.GetCardAsync(new WeChatCardIdRequest { CardId = "pAnyCard" }));

        Assert.DoesNotContain("access_token request", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_resilience_logs_of_a_wrong_AppSecret_carry_no_stack_trace_at_Information_or_above()
    {
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync();
        var logs = new ListLoggerProvider();
        await using var sdk = WeChatTestHosts.Build(emulator, o => o.AppSecret = "not-the-secret-of-this-app-000000", logs: logs);

        await Assert.ThrowsAsync<MemberCardsApiException>(() => sdk.GetRequiredService<IWeChatCardClient>().GetCardAsync(new WeChatCardIdRequest { CardId = "pAnyCard" }));

        var polly = logs.Lines.Where(l => l.Contains(" Polly", StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(polly, l => !l.StartsWith("Debug", StringComparison.Ordinal) && !l.StartsWith("Trace", StringComparison.Ordinal) && !l.EndsWith("| ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_registration_with_no_settings_says_the_section_is_missing()
    {
        var services = new ServiceCollection();
        services.AddMemberCards().AddWeChatCards("brandA");
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptionsMonitor<WeChatCardsOptions>>().Get("brandA"));

        Assert.Equal(
            "MemberCards:WeChat(brandA) is empty: the section is missing or has no settings, and none were set in code. Set MemberCards:WeChat(brandA):AppId and MemberCards:WeChat(brandA):AppSecret (the WeChat Official Account or Mini Program whose cards this registration manages), or call .Configure(...) / .Bind(section) on AddWeChatCards(\"brandA\").",
            Assert.Single(error.Failures));
    }

    [Fact]
    public void The_same_name_added_twice_with_different_AppIds_fails_naming_the_setting()
    {
        var services = new ServiceCollection();
        services.AddMemberCards().AddWeChatCards("brandA").Configure(o => { o.AppId = "wx0000000000000001"; o.AppSecret = "secret-one"; });
        services.AddMemberCards().AddWeChatCards("brandA").Configure(o => { o.AppId = "wx0000000000000002"; o.AppSecret = "secret-one"; });
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptionsMonitor<WeChatCardsOptions>>().Get("brandA"));

        Assert.Contains("MemberCards:WeChat(brandA):AppId is set to different values", Assert.Single(error.Failures), StringComparison.Ordinal);
        Assert.DoesNotContain("secret-one", error.Message, StringComparison.Ordinal);
    }
}
