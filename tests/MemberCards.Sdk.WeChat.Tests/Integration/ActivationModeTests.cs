using MemberCards.Sdk.WeChat.Tests.Support;
using MemberCards.Sdk.WeChat.Tests.Unit;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.WeChat.Tests.Integration;

/// <summary>Issue 12 item 1: the official card/create example (auto_activate + activate_url) is sent, with a warning naming the ignored field.</summary>
public sealed class ActivationModeTests
{
    [Fact]
    public async Task The_official_member_card_example_is_created_and_the_ignored_activate_url_is_logged()
    {
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync();
        var logs = new ListLoggerProvider();
        await using var sdk = WeChatTestHosts.Build(emulator, logs: logs);

        var created = await sdk.GetRequiredService<IWeChatCardClient>().CreateMemberCardAsync(new WeChatCreateMemberCardRequest { MemberCard = CardCreateSerializationTests.OfficialModel() });

        Assert.StartsWith("p", created.CardId, StringComparison.Ordinal);
        var sent = Assert.Single(emulator.Requests, r => r.Path == "/card/create").BodyText;
        Assert.Contains("\"auto_activate\":true", sent, StringComparison.Ordinal);
        Assert.Contains("\"activate_url\":", sent, StringComparison.Ordinal);
        Assert.Contains(logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("ignores activate_url because auto_activate takes precedence", StringComparison.Ordinal));
    }
}
