namespace MemberCards.Sdk.WeChatPay;

/// <summary>The configured WeChat Pay public key and its id, swapped as one when the options change.</summary>
internal sealed record WeChatPayTrustedPublicKey(string Id, RSA Key);
