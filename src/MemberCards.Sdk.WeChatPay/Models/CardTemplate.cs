namespace MemberCards.Sdk.WeChatPay;

/// <summary>A member card template (<c>/cards</c>), as sent to create or update one and as returned.</summary>
public sealed class CardTemplate : IValidatedRequest
{
    /// <summary><c>card_id</c>: the template id (returned; ignored when creating).</summary>
    public string? CardId { get; set; }

    /// <summary><c>brand_id</c>.</summary>
    public string? BrandId { get; set; }

    /// <summary><c>appid</c>: the app the card belongs to.</summary>
    [JsonPropertyName("appid")]
    public string? AppId { get; set; }

    /// <summary><c>card_type</c>.</summary>
    public CardType? CardType { get; set; }

    /// <summary><c>card_title</c>.</summary>
    public string? CardTitle { get; set; }

    /// <summary><c>card_color</c>.</summary>
    public string? CardColor { get; set; }

    /// <summary><c>card_picture_url</c>.</summary>
    public string? CardPictureUrl { get; set; }

    /// <summary><c>code_mode</c>: <c>SYSTEM_ALLOCATE</c> or <c>MERCHANT_ALLOCATE</c> (open set).</summary>
    public string? CodeMode { get; set; }

    /// <summary><c>notify_url</c>: where WeChat Pay sends this template's notifications.</summary>
    public string? NotifyUrl { get; set; }

    /// <summary><c>valid_date_information</c>.</summary>
    public ValidDateInformation? ValidDateInformation { get; set; }

    /// <summary><c>state</c>: <c>CARD_EFFECTIVE</c> or <c>CARD_INVALID</c> (returned; open set).</summary>
    public string? State { get; set; }

    /// <summary><c>create_time</c> (returned).</summary>
    public DateTimeOffset? CreateTime { get; set; }

    /// <summary><c>modify_time</c> (returned).</summary>
    public DateTimeOffset? ModifyTime { get; set; }

    /// <summary>Sent to create or update a template, it names its brand.</summary>
    void IValidatedRequest.Validate() => FieldRules.Required(BrandId, "brand_id");
}
