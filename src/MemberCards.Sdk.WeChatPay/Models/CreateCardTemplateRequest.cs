namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// POST <c>/cards</c>: create a member card template, in either family (partner <c>/v3/brand/partner/card-member/cards</c>,
/// brand-direct <c>/brand/card-member/cards</c>, B4015582711). The limits are the brand-direct page's; a brand
/// registration's body leaves out <c>brand_id</c> (its Authorization names the brand).
/// </summary>
public sealed record CreateCardTemplateRequest : IBrandScopedRequest
{
    /// <summary>
    /// <c>out_request_no</c>: the idempotency key (1 to 128 characters of <c>[0-9A-Za-z_-]</c>; the page suggests brand id
    /// + timestamp + serial). Leave it <see langword="null"/> and the SDK generates one and stores it here, so sending this
    /// object again (after an unknown outcome) sends the same key.
    /// </summary>
    public string? OutRequestNo { get; set; }

    /// <summary><c>brand_id</c> (at most 32 characters). A partner registration must set it; a brand registration sends none (its Authorization names the brand): leave it unset there, or set it to <see cref="WeChatPayOptions.BrandId"/> (another brand is refused before sending).</summary>
    public string? BrandId { get; set; }

    /// <summary><c>appid</c>: the app whose OpenIDs identify the members (at most 32 characters; bound to the brand); required.</summary>
    [JsonPropertyName("appid")]
    public required string AppId { get; set; }

    /// <summary><c>card_type</c>: <see cref="CardType.Normal"/> by default, the only type WeChat Pay accepts today.</summary>
    public CardType CardType { get; set; } = CardType.Normal;

    /// <summary><c>card_title</c>: the name on the card (at most 10 characters); required.</summary>
    public required string CardTitle { get; set; }

    /// <summary><c>card_color</c>: the background colour, <c>#RRGGBB</c>; required.</summary>
    public required string CardColor { get; set; }

    /// <summary><c>card_picture_url</c>: the background image, a URL from the image upload (at most 256 characters); required.</summary>
    public required string CardPictureUrl { get; set; }

    /// <summary><c>code_mode</c>: <c>SYSTEM_ALLOCATE</c> (24 digits from WeChat Pay) or <c>MERCHANT_ALLOCATE</c> (open set); required.</summary>
    public required string CodeMode { get; set; }

    /// <summary>
    /// <c>code_type</c>: <c>NONE_CODE</c>, <c>BAR_CODE</c>, <c>QR_CODE</c>, <c>BAR_CODE_AND_QR_CODE</c> or
    /// <c>JUMP_MINI_PROGRAM</c> (open set); required.
    /// </summary>
    public required string CodeType { get; set; }

    /// <summary><c>code_jump_information</c>: where the member code leads; required when <see cref="CodeType"/> is <c>JUMP_MINI_PROGRAM</c>.</summary>
    public CardJumpInformation? CodeJumpInformation { get; set; }

    /// <summary><c>benefits</c>: the member benefits text (at most 32 characters); required.</summary>
    public required string Benefits { get; set; }

    /// <summary><c>notify_url</c>: where WeChat Pay sends this template's notifications (at most 256 characters); required.</summary>
    public required string NotifyUrl { get; set; }

    /// <summary><c>need_pinned</c>: pin this template on the business card.</summary>
    public bool? NeedPinned { get; set; }

    /// <summary><c>need_display_level</c>: show the member level on the card.</summary>
    public bool? NeedDisplayLevel { get; set; }

    /// <summary><c>init_level</c>: the level of a new member (at most 10 characters).</summary>
    public string? InitLevel { get; set; }

    /// <summary><c>service_phone</c> (at most 32 characters).</summary>
    public string? ServicePhone { get; set; }

    /// <summary><c>legal_agreement</c>: the member agreement text (at most 20480 characters).</summary>
    public string? LegalAgreement { get; set; }

    /// <summary><c>valid_date_information</c>: how long a member's card is valid; required.</summary>
    public required ValidDateInformation ValidDateInformation { get; set; }

    /// <summary><c>member_information</c>: where the member centre entry leads.</summary>
    public CardJumpInformation? MemberInformation { get; set; }

    /// <summary><c>points_information</c>: where the points entry leads.</summary>
    public CardJumpInformation? PointsInformation { get; set; }

    /// <summary><c>balance_information</c>: where the balance entry leads.</summary>
    public CardJumpInformation? BalanceInformation { get; set; }

    /// <summary><c>purchase_information</c>: the price of a paid card (in fen) and where it is bought.</summary>
    public CardPurchaseInformation? PurchaseInformation { get; set; }

    /// <summary>
    /// <c>user_information</c>: the form a user fills in to join (<c>common_field_list</c> of <c>USER_FORM_FLAG_*</c>
    /// flags and at most one custom field).
    /// </summary>
    public CardTemplateUserInformation? UserInformation { get; set; }

    void IBrandScopedRequest.Validate(BrandScope scope)
    {
        scope.Check(BrandId, 32);
        FieldRules.Required(AppId, "appid", 32);
        if (CardType == CardType.Unknown)
        {
            throw new MemberCardsValidationException(WeChatPayConstants.ServiceName, "card_type", "is required (NORMAL is the only type WeChat Pay accepts today).");
        }

        FieldRules.Required(CardTitle, "card_title", 10);
        RgbColor.Check(FieldRules.Required(CardColor, "card_color", 7));

        FieldRules.Required(CardPictureUrl, "card_picture_url", 256);
        FieldRules.Required(CodeMode, "code_mode", 32);
        FieldRules.Required(CodeType, "code_type", 32);
        if (CodeJumpInformation is { } jump)
        {
            jump.Validate("code_jump_information");
        }
        else if (CodeType == "JUMP_MINI_PROGRAM")
        {
            throw new MemberCardsValidationException(WeChatPayConstants.ServiceName, "code_jump_information", "is required when code_type is JUMP_MINI_PROGRAM.");
        }

        FieldRules.Required(Benefits, "benefits", 32);
        FieldRules.Required(NotifyUrl, "notify_url", 256);
        if (ValidDateInformation is null)
        {
            throw new MemberCardsValidationException(WeChatPayConstants.ServiceName, "valid_date_information", "is required.");
        }

        CardTemplateRules.Optional(InitLevel, ServicePhone, LegalAgreement, MemberInformation, PointsInformation, BalanceInformation, PurchaseInformation, UserInformation);
        OutRequestNo = OutRequestNumber.Ensure(OutRequestNo, 128);
    }
}
