using MemberCards.Sdk.Security;
using MemberCards.Sdk.TestVectors;

namespace MemberCards.Sdk.WeChatPay.Tests.Unit;

/// <summary>A record's generated <c>ToString()</c> prints every property: the records holding a token or a key redact it.</summary>
public sealed class SecretRecordToStringTests
{
    [Fact]
    public void MemberToken_does_not_print_its_token()
    {
        var token = new MemberToken { Token = "pa9Tq2Lk7Vn3Xw8Rz1Mb6Cd4Ef0GhJ5", ExpireTime = new DateTimeOffset(2026, 12, 7, 21, 0, 0, TimeSpan.FromHours(8)) };

        var text = token.ToString();

        Assert.DoesNotContain("pa9Tq2Lk7Vn3Xw8Rz1Mb6Cd4Ef0GhJ5", text, StringComparison.Ordinal);
        Assert.Contains("Token = ***", text, StringComparison.Ordinal);
        Assert.Contains("2026", text, StringComparison.Ordinal);
    }

    [Fact]
    public void MemberToken_says_when_it_has_no_token()
        => Assert.Contains("Token = (empty)", new MemberToken().ToString(), StringComparison.Ordinal);

    [Fact]
    public void A_parked_private_key_does_not_print_its_pem()
    {
        using var key = PemKeys.LoadRsaPrivateKey(PublishedVectors.K1PrivateKeyPkcs8);

        var text = new WeChatPayParsedPrivateKeys.Parsed(PublishedVectors.K1PrivateKeyPkcs8, key).ToString();

        Assert.DoesNotContain("BEGIN", text, StringComparison.Ordinal);
        Assert.DoesNotContain("MIIEvAIBADANBgkqhkiG9w0BAQEFAASC", text, StringComparison.Ordinal);
        Assert.Contains("Pem = ***", text, StringComparison.Ordinal);
    }
}
