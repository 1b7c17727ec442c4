namespace MemberCards.Sdk.WeChat;

/// <summary>The QR image address for a card/qrcode/create ticket (<c>mp.weixin.qq.com/cgi-bin/showqrcode</c>, no token needed).</summary>
public static class WeChatQrCodeImage
{
    /// <summary>The image host.</summary>
    public static readonly Uri DefaultBase = new("https://mp.weixin.qq.com/cgi-bin/showqrcode");

    /// <summary>The image address for <paramref name="ticket"/>, URL-encoded.</summary>
    /// <param name="ticket">The ticket from <see cref="WeChatCreateQrCodeResponse.Ticket"/>.</param>
    /// <returns>The address of the QR image.</returns>
    public static Uri UrlFor(string ticket) => UrlFor(ticket, DefaultBase);

    /// <summary>The image address for <paramref name="ticket"/> on another host (an emulator).</summary>
    /// <param name="ticket">The ticket.</param>
    /// <param name="showQrCodeBase">The showqrcode address.</param>
    /// <returns>The address of the QR image.</returns>
    public static Uri UrlFor(string ticket, Uri showQrCodeBase)
    {
        ArgumentException.ThrowIfNullOrEmpty(ticket);
        ArgumentNullException.ThrowIfNull(showQrCodeBase);
        return new Uri($"{showQrCodeBase.GetLeftPart(UriPartial.Path)}?ticket={Uri.EscapeDataString(ticket)}");
    }
}
