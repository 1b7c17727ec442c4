namespace MemberCards.Sdk.WeChat.Tests.Unit;

public sealed class OptionsTests
{
    [Fact]
    public void Missing_settings_are_named()
    {
        var result = new WeChatCardsOptionsValidator().Validate("brandA", new WeChatCardsOptions { EncodingAesKey = "short", ForceRefreshInterval = TimeSpan.FromSeconds(5) });

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.Contains("MemberCards:WeChat(brandA):AppId is required.", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains(":AppSecret", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains(":EncodingAesKey", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains(":PushToken", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains(":ForceRefreshInterval", StringComparison.Ordinal));
    }

    [Fact]
    public void ToString_hides_every_secret()
    {
        var options = new WeChatCardsOptions { AppId = "wx1", AppSecret = "TopSecretValue", PushToken = "PushTokenValue", EncodingAesKey = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG" };

        var text = options.ToString();

        Assert.Contains("wx1", text, StringComparison.Ordinal);
        Assert.DoesNotContain("TopSecretValue", text, StringComparison.Ordinal);
        Assert.DoesNotContain("PushTokenValue", text, StringComparison.Ordinal);
        Assert.DoesNotContain("abcdefghij", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cached_token_survives_the_cache_round_trip_and_hides_itself()
    {
        var token = new CachedCredential("TOKEN|with|bars", DateTimeOffset.FromUnixTimeSeconds(1_700_000_000), DateTimeOffset.FromUnixTimeSeconds(1_700_007_200));

        var back = CachedCredential.FromBytes(token.ToBytes())!;

        Assert.Equal("TOKEN|with|bars", back.Value);
        Assert.Equal(token.RefreshAt, back.RefreshAt);
        Assert.Equal(token.ExpiresAt, back.ExpiresAt);
        Assert.DoesNotContain("TOKEN", token.ToString(), StringComparison.Ordinal);
        Assert.Null(CachedCredential.FromBytes("garbage"u8.ToArray()));
    }
}
