namespace MemberCards.Sdk.WeChatPay;

/// <summary>A downloaded platform certificate's public key.</summary>
internal sealed record PlatformCertificate(string SerialNumber, RSA PublicKey, DateTimeOffset NotAfter);
