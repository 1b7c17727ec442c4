namespace MemberCards.Sdk.Testing.WeChatPay;

/// <summary>Which key the emulator signs answers and notifications with.</summary>
public enum WeChatPayResponseSigning
{
    /// <summary>As WeChat Pay does during migration: the public key when the request's <c>Wechatpay-Serial</c> is the public key id, else the current platform certificate.</summary>
    FollowRequest = 0,

    /// <summary>Always the current platform certificate.</summary>
    PlatformCertificate,

    /// <summary>Always the WeChat Pay public key.</summary>
    PublicKey,

    /// <summary>
    /// As the brand-direct family signs: the WeChat Pay public key, with <c>Wechatpay-Signature-Type</c>
    /// <c>WECHATPAY-BRAND-SHA256-RSA2048</c>. The official brand pages show that type on answers; on notifications they
    /// show no type at all, and only one user test sends the brand value there, so a notification signed this way follows
    /// the answers by assumption. Answers to brand-direct requests carry the brand type whatever this setting is.
    /// </summary>
    Brand,
}
