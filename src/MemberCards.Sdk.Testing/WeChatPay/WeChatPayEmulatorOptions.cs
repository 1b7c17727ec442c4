namespace MemberCards.Sdk.Testing.WeChatPay;

/// <summary>How a <see cref="WeChatPayEmulator"/> is set up. Keys not given are generated at start.</summary>
public sealed class WeChatPayEmulatorOptions
{
    /// <summary>The merchant id the emulator accepts.</summary>
    public string MerchantId { get; set; } = "1900007291";

    /// <summary>The merchant API key (the SDK signs with its private half; the emulator verifies and encrypts to it).</summary>
    public WeChatPayTestKey? MerchantKey { get; set; }

    /// <summary>The first platform certificate.</summary>
    public WeChatPayTestKey? PlatformKey { get; set; }

    /// <summary>The WeChat Pay public key.</summary>
    public WeChatPayTestKey? PublicKey { get; set; }

    /// <summary>The id of the WeChat Pay public key.</summary>
    public string PublicKeyId { get; set; } = "PUB_KEY_ID_0119000072912025112200000000000001";

    /// <summary>The merchant's APIv3 key (32 characters); random by default.</summary>
    public string ApiV3Key { get; set; } = RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 32);

    /// <summary>Whether <c>/v3/certificates</c> lists platform certificates (<see langword="false"/>: a public-key-only merchant, 404).</summary>
    public bool ServeCertificates { get; set; } = true;

    /// <summary>The emulator's clock (for its own timestamps and the 5-minute check of ours).</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
