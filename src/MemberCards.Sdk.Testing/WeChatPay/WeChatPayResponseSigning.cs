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
}
