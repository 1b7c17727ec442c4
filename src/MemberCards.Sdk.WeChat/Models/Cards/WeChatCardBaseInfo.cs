namespace MemberCards.Sdk.WeChat;

/// <summary>The <c>base_info</c> common to every card type. Unset (null) fields are not sent.</summary>
public sealed class WeChatCardBaseInfo
{
    /// <summary>Merchant logo (<c>logo_url</c>, required, from media/uploadimg, at most 128 bytes).</summary>
    public string? LogoUrl { get; set; }

    /// <summary>Merchant name (<c>brand_name</c>, required, at most 12 Chinese characters / 36 bytes).</summary>
    public string? BrandName { get; set; }

    /// <summary>How the code is shown (<c>code_type</c>, required).</summary>
    public WeChatCodeType? CodeType { get; set; }

    /// <summary>Card name (<c>title</c>, required, at most 9 Chinese characters / 27 bytes).</summary>
    public string? Title { get; set; }

    /// <summary>Colour name from <see cref="WeChatCardColors"/> (<c>color</c>, required).</summary>
    public string? Color { get; set; }

    /// <summary>Usage hint (<c>notice</c>, required, at most 16 Chinese characters / 48 bytes).</summary>
    public string? Notice { get; set; }

    /// <summary>Customer service phone (<c>service_phone</c>, at most 24 bytes).</summary>
    public string? ServicePhone { get; set; }

    /// <summary>Usage description (<c>description</c>, required, at most 1024 Chinese characters / 3072 bytes).</summary>
    public string? Description { get; set; }

    /// <summary>Validity (<c>date_info</c>, required).</summary>
    public WeChatDateInfo? DateInfo { get; set; }

    /// <summary>Stock (<c>sku</c>, required).</summary>
    public WeChatCardSku? Sku { get; set; }

    /// <summary>Review status, only in card/get answers (<c>status</c>).</summary>
    public WeChatCardStatus? Status { get; set; }

    /// <summary>The card id, only in card/get answers (<c>id</c>).</summary>
    public string? Id { get; set; }

    /// <summary>Whether you supply the codes (<c>use_custom_code</c>).</summary>
    public bool? UseCustomCode { get; set; }

    /// <summary>Custom code mode, such as <c>GET_CUSTOM_CODE_MODE_DEPOSIT</c> (<c>get_custom_code_mode</c>).</summary>
    public string? GetCustomCodeMode { get; set; }

    /// <summary>Only the given openid may receive the card (<c>bind_openid</c>).</summary>
    [JsonPropertyName("bind_openid")]
    public bool? BindOpenId { get; set; }

    /// <summary>Cards one user may receive (<c>get_limit</c>).</summary>
    public int? GetLimit { get; set; }

    /// <summary>Times one user may use the card (<c>use_limit</c>).</summary>
    public int? UseLimit { get; set; }

    /// <summary>Whether the pick-up page can be shared (<c>can_share</c>).</summary>
    public bool? CanShare { get; set; }

    /// <summary>Whether the card can be given to a friend (<c>can_give_friend</c>).</summary>
    public bool? CanGiveFriend { get; set; }

    /// <summary>Store (POI) ids (<c>location_id_list</c>); not with <see cref="UseAllLocations"/>.</summary>
    [JsonPropertyName("location_id_list")]
    public IReadOnlyList<long>? LocationIds { get; set; }

    /// <summary>Valid in every store (<c>use_all_locations</c>).</summary>
    public bool? UseAllLocations { get; set; }

    /// <summary>Top button text (<c>center_title</c>, at most 18 bytes).</summary>
    public string? CenterTitle { get; set; }

    /// <summary>Top button hint (<c>center_sub_title</c>, at most 24 bytes).</summary>
    public string? CenterSubTitle { get; set; }

    /// <summary>Top button link (<c>center_url</c>, at most 128 bytes).</summary>
    public string? CenterUrl { get; set; }

    /// <summary>Top button mini-program (<c>center_app_brand_user_name</c>).</summary>
    public string? CenterAppBrandUserName { get; set; }

    /// <summary>Top button mini-program path (<c>center_app_brand_pass</c>).</summary>
    public string? CenterAppBrandPass { get; set; }

    /// <summary>Custom entry name (<c>custom_url_name</c>, at most 15 bytes).</summary>
    public string? CustomUrlName { get; set; }

    /// <summary>Custom entry link (<c>custom_url</c>, at most 128 bytes).</summary>
    public string? CustomUrl { get; set; }

    /// <summary>Custom entry hint (<c>custom_url_sub_title</c>, at most 18 bytes).</summary>
    public string? CustomUrlSubTitle { get; set; }

    /// <summary>Custom entry mini-program (<c>custom_app_brand_user_name</c>).</summary>
    public string? CustomAppBrandUserName { get; set; }

    /// <summary>Custom entry mini-program path (<c>custom_app_brand_pass</c>).</summary>
    public string? CustomAppBrandPass { get; set; }

    /// <summary>Promotion entry name (<c>promotion_url_name</c>, at most 15 bytes).</summary>
    public string? PromotionUrlName { get; set; }

    /// <summary>Promotion entry link (<c>promotion_url</c>, at most 128 bytes).</summary>
    public string? PromotionUrl { get; set; }

    /// <summary>Promotion entry hint (<c>promotion_url_sub_title</c>, at most 18 bytes).</summary>
    public string? PromotionUrlSubTitle { get; set; }

    /// <summary>Promotion entry mini-program (<c>promotion_app_brand_user_name</c>).</summary>
    public string? PromotionAppBrandUserName { get; set; }

    /// <summary>Promotion entry mini-program path (<c>promotion_app_brand_pass</c>).</summary>
    public string? PromotionAppBrandPass { get; set; }

    /// <summary>Push <c>user_view_card</c> when a member opens the card (<c>need_push_on_view</c>).</summary>
    public bool? NeedPushOnView { get; set; }

    /// <summary>WeChat Pay swipe-card settings (<c>pay_info</c>).</summary>
    public WeChatCardPayInfo? PayInfo { get; set; }
}
