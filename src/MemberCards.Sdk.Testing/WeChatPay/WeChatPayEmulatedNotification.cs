namespace MemberCards.Sdk.Testing.WeChatPay;

/// <summary>A notification the emulator built: the headers and the raw body WeChat Pay would POST.</summary>
public sealed class WeChatPayEmulatedNotification
{
    /// <summary>The <c>Wechatpay-*</c> headers (absent ones omitted) and <c>Content-Type</c>.</summary>
    public required IReadOnlyDictionary<string, string> Headers { get; init; }

    /// <summary>The raw body.</summary>
    public required byte[] Body { get; init; }

    /// <summary>The notification id.</summary>
    public required string Id { get; init; }
}
