using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using MemberCards.Samples.TrimCheck;
using MemberCards.Samples.TrimCheck.Serialization;
using MemberCards.Sdk;
using MemberCards.Sdk.Security;
using MemberCards.Sdk.Serialization;
using MemberCards.Sdk.WeChat;
using MemberCards.Sdk.Youzan;
using Microsoft.Extensions.DependencyInjection;

// Exercises Core after trimming: JSON through a source-generated context with Core's converters, the signing
// helpers, and services.AddMemberCards(). Exit code 0 only when every check passed.
var checks = new Checks();
var options = MemberCardsJson.CreateOptions(TrimCheckJsonContext.Default);
var probeInfo = (JsonTypeInfo<MemberCardProbe>)options.GetTypeInfo(typeof(MemberCardProbe));

await checks.RunAsync("JSON: wire enum, 64-bit id as string, RFC 3339 time", () =>
{
    var probe = MemberCardsJson.Deserialize("""{"card_type":"PURCHASE","member_id":"1090560337592619000","pickup_time":"2020-05-20T13:29:35.120+08:00","title":"会员卡"}"""u8, probeInfo, "TrimCheck");
    return probe.CardType == CardType.Purchase && probe.MemberId == 1090560337592619000 && probe.PickupTime.Offset == TimeSpan.FromHours(8);
});
await checks.RunAsync("JSON: an unknown enum value reads as Unknown", () =>
    MemberCardsJson.Deserialize("""{"card_type":"SOMETHING_NEW","member_id":1}"""u8, probeInfo, "TrimCheck").CardType == CardType.Unknown);
await checks.RunAsync("JSON: writes wire names and unescaped Chinese, omits nulls", () =>
{
    var json = JsonSerializer.Serialize(new MemberCardProbe { CardType = CardType.Balance, MemberId = 7, Title = "会员卡" }, probeInfo);
    var withoutTitle = JsonSerializer.Serialize(new MemberCardProbe { CardType = CardType.Normal }, probeInfo);
    return json.Contains("\"card_type\":\"BALANCE\"", StringComparison.Ordinal) && json.Contains("会员卡", StringComparison.Ordinal)
        && !withoutTitle.Contains("title", StringComparison.Ordinal);
});
await checks.RunAsync("JSON: malformed input is a MemberCardsFormatException", () =>
{
    try
    {
        MemberCardsJson.Deserialize("""{"member_id":"x"}"""u8, probeInfo, "TrimCheck");
        return false;
    }
    catch (MemberCardsFormatException)
    {
        return true;
    }
});

await checks.RunAsync("RSA-SHA256 sign and verify", () =>
{
    using var key = RSA.Create(2048);
    var message = "GET\n/v3/x\n1\nn\n\n"u8.ToArray();
    var signature = RsaSha256.Sign(key, message);
    return RsaSha256.Verify(key, message, signature) && !RsaSha256.Verify(key, "other"u8, signature);
});
await checks.RunAsync("AES-256-GCM decrypts the published vector", () =>
    AesGcmCipher.Decrypt("a7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb"u8, "uluk4a9R25RW", "associatedData", "ulwSiIajGClcvcOYvOQ7+l+0PAbzzwI=") == "message");
await checks.RunAsync("RSA-OAEP round trip", () =>
{
    using var key = RSA.Create(2048);
    return RsaOaep.Decrypt(key, RsaOaep.Encrypt(key, "13800138000")) == "13800138000";
});
await checks.RunAsync("WeChat server signature", () =>
{
    var expected = Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(new[] { "token", "1713000000", "nonce" }.Order(StringComparer.Ordinal)))));
    return WeChatServerSignature.Verify("token", "1713000000", "nonce", expected);
});
await checks.RunAsync("Youzan signature", () =>
    YouzanSignature.Verify("id", "%7B%7D", "secret", Convert.ToHexStringLower(MD5.HashData("id%7B%7Dsecret"u8))));

await checks.RunAsync("AddMemberCards resolves its services", async () =>
{
    var services = new ServiceCollection();
    services.AddMemberCards();
    await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    var store = provider.GetRequiredService<IMessageDeduplicationStore>();
    await store.CompleteAsync(await store.TryClaimAsync("trim-check:1", TimeSpan.FromMinutes(1)), TimeSpan.FromMinutes(1));
    return (await store.TryClaimAsync("trim-check:1", TimeSpan.FromMinutes(1))).Status == MessageClaimStatus.Processed
        && (await store.TryClaimAsync("trim-check:2", TimeSpan.FromMinutes(1))).Status == MessageClaimStatus.Claimed
        && provider.GetRequiredService<IHttpClientFactory>().CreateClient("trim-check") is not null
        && provider.GetRequiredService<TimeProvider>() == TimeProvider.System;
});

Console.WriteLine($"trim check: {checks.Passed} passed, {checks.Failed} failed");
return checks.Failed == 0 ? 0 : 1;
