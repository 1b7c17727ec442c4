namespace MemberCards.Sdk.Testing;

/// <summary>
/// Where an <see cref="EmulatorSuite"/> delivers the inbound messages it is told to send through its control
/// endpoints (<c>/_emulator/...</c>): your host's WeChat Pay notify URL and Youzan push URL. WeChat event pushes go
/// to <see cref="WeChat.WeChatEmulatorOptions.CallbackUrl"/>.
/// </summary>
public sealed class EmulatorCallbacks
{
    /// <summary>The host's WeChat Pay notification URL, or <see langword="null"/>.</summary>
    public Uri? WeChatPay { get; set; }

    /// <summary>
    /// Whether the emulated WeChat Pay merchant is a brand (the brand-direct family, brand
    /// <see cref="MemberCards.Sdk.Testing.WeChatPay.WeChatPayEmulator.BrandId"/>): then the notifications of every generation are signed the brand way
    /// (the WeChat Pay public key, its <c>PUB_KEY_ID_</c> serial, <c>Wechatpay-Signature-Type</c>
    /// <c>WECHATPAY-BRAND-SHA256-RSA2048</c>), as a brand registration verifies them; otherwise with the public key under
    /// the APIv3 type.
    /// </summary>
    public bool WeChatPayBrand { get; set; }

    /// <summary>The host's Youzan push URL, or <see langword="null"/>.</summary>
    public Uri? Youzan { get; set; }

    /// <summary>The Youzan app whose <c>client_id</c> signs the pushes (default <c>emulator-client</c>).</summary>
    public string YouzanClientId { get; set; } = "emulator-client";

    /// <summary>The Youzan app's <c>client_secret</c> (default <c>emulator-secret</c>).</summary>
    public string YouzanClientSecret { get; set; } = "emulator-secret";
}
