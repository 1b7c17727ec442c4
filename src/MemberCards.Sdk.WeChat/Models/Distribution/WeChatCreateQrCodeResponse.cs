namespace MemberCards.Sdk.WeChat;

/// <summary>The card/qrcode/create answer.</summary>
public sealed class WeChatCreateQrCodeResponse : WeChatResponse
{
    /// <summary>The ticket for <see cref="WeChatQrCodeImage.UrlFor(string)"/> (<c>ticket</c>).</summary>
    public string? Ticket { get; set; }

    /// <summary>Lifetime in seconds (<c>expire_seconds</c>).</summary>
    public int? ExpireSeconds { get; set; }

    /// <summary>The QR content (<c>url</c>).</summary>
    public string? Url { get; set; }

    /// <summary>A landing page showing the QR code (<c>show_qrcode_url</c>).</summary>
    [JsonPropertyName("show_qrcode_url")]
    public string? ShowQrCodeUrl { get; set; }
}
