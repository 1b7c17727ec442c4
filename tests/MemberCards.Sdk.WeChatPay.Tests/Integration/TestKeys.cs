using MemberCards.Sdk.Testing;

namespace MemberCards.Sdk.WeChatPay.Tests.Integration;

/// <summary>Keys generated once per test run (RSA generation is the slow part of starting an emulator).</summary>
internal static class TestKeys
{
    private static readonly Lazy<WeChatPayTestKey> MerchantKey = new(() => WeChatPayTestKey.Create("merchant"));
    private static readonly Lazy<WeChatPayTestKey> PlatformKey = new(() => WeChatPayTestKey.Create("platform"));
    private static readonly Lazy<WeChatPayTestKey> PublicKey = new(() => WeChatPayTestKey.Create("public key"));

    public static WeChatPayEmulatorOptions Options(TimeProvider? time = null) => new()
    {
        MerchantKey = MerchantKey.Value,
        PlatformKey = PlatformKey.Value,
        PublicKey = PublicKey.Value,
        TimeProvider = time ?? TimeProvider.System,
    };
}
