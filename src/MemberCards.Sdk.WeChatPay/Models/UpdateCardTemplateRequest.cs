namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// PATCH <c>/cards/{card_id}</c> (partner <c>/v3/brand/partner/card-member/cards/{card_id}</c>, brand-direct
/// <c>/brand/card-member/cards/{card_id}</c>): change a card template. The body holds the fields the PATCH schema allows
/// and nothing else: <c>appid</c>, <c>card_type</c>, <c>code_mode</c> and <c>code_type</c> are fixed at creation, and the
/// template's id, state and times are WeChat Pay's. Unset fields are not sent and keep their value.
/// </summary>
public sealed record UpdateCardTemplateRequest : CardTemplateRequest
{
    /// <summary><c>card_title</c>: the name on the card (at most 10 characters).</summary>
    public string? CardTitle { get; set; }

    /// <summary><c>card_color</c>: the background colour, <c>#RRGGBB</c>.</summary>
    public string? CardColor { get; set; }

    /// <summary><c>card_picture_url</c>: the background image, a URL from the image upload (at most 256 characters).</summary>
    public string? CardPictureUrl { get; set; }

    /// <summary><c>code_jump_information</c>: where the member code leads (for a <c>JUMP_MINI_PROGRAM</c> template).</summary>
    public CardJumpInformation? CodeJumpInformation { get; set; }

    /// <summary><c>benefits</c>: the member benefits text (at most 32 characters).</summary>
    public string? Benefits { get; set; }

    /// <summary><c>notify_url</c>: where WeChat Pay sends this template's notifications (at most 256 characters).</summary>
    public string? NotifyUrl { get; set; }

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

    /// <summary><c>valid_date_information</c>: how long a member's card is valid.</summary>
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

    private protected override void ValidateBody()
    {
        FieldRules.Optional(CardTitle, "card_title", 10);
        RgbColor.Check(CardColor);
        FieldRules.Optional(CardPictureUrl, "card_picture_url", 256);
        CodeJumpInformation?.Validate("code_jump_information");
        FieldRules.Optional(Benefits, "benefits", 32);
        FieldRules.Optional(NotifyUrl, "notify_url", 256);
        CardTemplateRules.Optional(InitLevel, ServicePhone, LegalAgreement, MemberInformation, PointsInformation, BalanceInformation, PurchaseInformation, UserInformation);
    }
}
