using System.Text.Json.Serialization;

namespace MemberCards.Sdk.WeChat;

/// <summary>card/qrcode/create: a QR code that hands out one card (<c>QR_CARD</c>) or several (<c>QR_MULTIPLE_CARD</c>).</summary>
public sealed class WeChatCreateQrCodeRequest
{
    /// <summary>The QR kind (<c>action_name</c>).</summary>
    [JsonPropertyName("action_name")]
    public WeChatQrCodeAction ActionName { get; init; } = WeChatQrCodeAction.Card;

    /// <summary>Lifetime in seconds, 60..1800 (<c>expire_seconds</c>); omit for 365 days.</summary>
    [JsonPropertyName("expire_seconds")]
    public int? ExpireSeconds { get; init; }

    /// <summary>What the QR code hands out (<c>action_info</c>).</summary>
    [JsonPropertyName("action_info")]
    public WeChatQrActionInfo? ActionInfo { get; init; }

    /// <summary>A single-card QR request.</summary>
    /// <param name="card">The card to hand out.</param>
    /// <param name="expireSeconds">Lifetime in seconds (60..1800), or <see langword="null"/> for 365 days.</param>
    /// <returns>The request.</returns>
    public static WeChatCreateQrCodeRequest ForCard(WeChatQrCard card, int? expireSeconds = null)
        => new() { ActionName = WeChatQrCodeAction.Card, ExpireSeconds = expireSeconds, ActionInfo = new WeChatQrActionInfo { Card = card } };

    /// <summary>A multiple-card QR request.</summary>
    /// <param name="cards">The cards to hand out.</param>
    /// <returns>The request.</returns>
    public static WeChatCreateQrCodeRequest ForCards(IReadOnlyList<WeChatQrCard> cards)
        => new() { ActionName = WeChatQrCodeAction.MultipleCard, ActionInfo = new WeChatQrActionInfo { MultipleCard = new WeChatQrMultipleCard { CardList = cards } } };
}

/// <summary>The <c>action_info</c> of a QR request.</summary>
public sealed class WeChatQrActionInfo
{
    /// <summary>The card of a <c>QR_CARD</c> code (<c>card</c>).</summary>
    [JsonPropertyName("card")]
    public WeChatQrCard? Card { get; init; }

    /// <summary>The cards of a <c>QR_MULTIPLE_CARD</c> code (<c>multiple_card</c>).</summary>
    [JsonPropertyName("multiple_card")]
    public WeChatQrMultipleCard? MultipleCard { get; init; }
}

/// <summary>The card list of a <c>QR_MULTIPLE_CARD</c> code.</summary>
public sealed class WeChatQrMultipleCard
{
    /// <summary>The cards (<c>card_list</c>).</summary>
    [JsonPropertyName("card_list")]
    public IReadOnlyList<WeChatQrCard>? CardList { get; init; }
}

/// <summary>One card in a QR request.</summary>
public sealed class WeChatQrCard
{
    /// <summary>The card id (<c>card_id</c>, required).</summary>
    [JsonPropertyName("card_id")]
    public string? CardId { get; init; }

    /// <summary>The code, at most 20 characters, required for custom-code cards (<c>code</c>).</summary>
    [JsonPropertyName("code")]
    public string? Code { get; init; }

    /// <summary>The only openid that may receive it, for bind_openid cards (<c>openid</c>).</summary>
    [JsonPropertyName("openid")]
    public string? OpenId { get; init; }

    /// <summary>The code can be scanned once only (<c>is_unique_code</c>).</summary>
    [JsonPropertyName("is_unique_code")]
    public bool? IsUniqueCode { get; init; }

    /// <summary>A numeric channel tag (<c>outer_id</c>).</summary>
    [JsonPropertyName("outer_id")]
    public long? OuterId { get; init; }

    /// <summary>A channel tag echoed in <c>user_get_card</c> (<c>outer_str</c>).</summary>
    [JsonPropertyName("outer_str")]
    public string? OuterStr { get; init; }
}

/// <summary>The card/qrcode/create answer.</summary>
public sealed class WeChatCreateQrCodeResponse : WeChatResponse
{
    /// <summary>The ticket for <see cref="WeChatQrCodeImage.UrlFor(string)"/> (<c>ticket</c>).</summary>
    [JsonPropertyName("ticket")]
    public string? Ticket { get; init; }

    /// <summary>Lifetime in seconds (<c>expire_seconds</c>).</summary>
    [JsonPropertyName("expire_seconds")]
    public int? ExpireSeconds { get; init; }

    /// <summary>The QR content (<c>url</c>).</summary>
    [JsonPropertyName("url")]
    public string? Url { get; init; }

    /// <summary>A landing page showing the QR code (<c>show_qrcode_url</c>).</summary>
    [JsonPropertyName("show_qrcode_url")]
    public string? ShowQrCodeUrl { get; init; }
}
