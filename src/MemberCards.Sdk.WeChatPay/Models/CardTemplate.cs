namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// A member card template (<c>/cards</c>), as returned (create one from a <see cref="CreateCardTemplateRequest"/>, change
/// one with an <see cref="UpdateCardTemplateRequest"/>).
/// </summary>
public sealed class CardTemplate
{
    /// <summary><c>card_id</c>: the template id.</summary>
    public string? CardId { get; set; }

    /// <summary><c>brand_id</c>: the brand the template belongs to.</summary>
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

    /// <summary>
    /// <c>code_type</c>: <c>NONE_CODE</c>, <c>BAR_CODE</c>, <c>QR_CODE</c>, <c>BAR_CODE_AND_QR_CODE</c> or
    /// <c>JUMP_MINI_PROGRAM</c> (open set; fixed at creation).
    /// </summary>
    public string? CodeType { get; set; }

    /// <summary><c>code_jump_information</c>: where the member code leads (for <c>JUMP_MINI_PROGRAM</c>).</summary>
    public CardJumpInformation? CodeJumpInformation { get; set; }

    /// <summary><c>benefits</c>: the member benefits text (at most 32 characters).</summary>
    public string? Benefits { get; set; }

    /// <summary><c>notify_url</c>: where WeChat Pay sends this template's notifications.</summary>
    public string? NotifyUrl { get; set; }

    /// <summary><c>need_pinned</c>: the template is pinned on the business card.</summary>
    public bool? NeedPinned { get; set; }

    /// <summary><c>need_display_level</c>: the member level is shown on the card.</summary>
    public bool? NeedDisplayLevel { get; set; }

    /// <summary><c>init_level</c>: the level of a new member (at most 10 characters).</summary>
    public string? InitLevel { get; set; }

    /// <summary><c>service_phone</c> (at most 32 characters).</summary>
    public string? ServicePhone { get; set; }

    /// <summary><c>legal_agreement</c>: the member agreement text (at most 20480 characters).</summary>
    public string? LegalAgreement { get; set; }

    /// <summary><c>valid_date_information</c>.</summary>
    public ValidDateInformation? ValidDateInformation { get; set; }

    /// <summary><c>member_information</c>: where the member centre entry leads.</summary>
    public CardJumpInformation? MemberInformation { get; set; }

    /// <summary><c>points_information</c>: where the points entry leads.</summary>
    public CardJumpInformation? PointsInformation { get; set; }

    /// <summary><c>balance_information</c>: where the balance entry leads.</summary>
    public CardJumpInformation? BalanceInformation { get; set; }

    /// <summary><c>purchase_information</c>: the price of a paid card and where it is bought.</summary>
    public CardPurchaseInformation? PurchaseInformation { get; set; }

    /// <summary><c>user_information</c>: the form a user fills in to join.</summary>
    public CardTemplateUserInformation? UserInformation { get; set; }

    /// <summary><c>out_request_no</c>: the idempotency key the template was created with.</summary>
    public string? OutRequestNo { get; set; }

    /// <summary><c>state</c>: <c>CARD_EFFECTIVE</c> or <c>CARD_INVALID</c> (open set).</summary>
    public string? State { get; set; }

    /// <summary><c>create_time</c>.</summary>
    public DateTimeOffset? CreateTime { get; set; }

    /// <summary>
    /// <c>modify_time</c>: when the template last changed. One published schema names it <c>update_time</c>: an answer
    /// with that name is read into this property too (<c>modify_time</c> wins when both are present); it is written as
    /// <c>modify_time</c> only.
    /// </summary>
    public DateTimeOffset? ModifyTime { get; set; }
}
