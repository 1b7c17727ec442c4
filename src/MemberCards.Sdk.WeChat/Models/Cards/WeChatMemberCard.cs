namespace MemberCards.Sdk.WeChat;

/// <summary>
/// The <c>member_card</c> object of card/create, card/get and card/update. <see cref="SupplyBonus"/> and
/// <see cref="SupplyBalance"/> are required on create and sent even when <see langword="false"/>.
/// </summary>
public sealed class WeChatMemberCard
{
    /// <summary>Card background (<c>background_pic_url</c>, from media/uploadimg, at most 1000×600).</summary>
    public string? BackgroundPicUrl { get; init; }

    /// <summary>The common card fields (<c>base_info</c>, required on create).</summary>
    public WeChatCardBaseInfo? BaseInfo { get; init; }

    /// <summary>Optional details (<c>advanced_info</c>).</summary>
    public WeChatCardAdvancedInfo? AdvancedInfo { get; init; }

    /// <summary>Member privileges (<c>prerogative</c>, required on create, at most 1024 Chinese characters).</summary>
    public string? Prerogative { get; init; }

    /// <summary>Whether the card shows points (<c>supply_bonus</c>, required on create; cannot be switched off later).</summary>
    public bool? SupplyBonus { get; init; }

    /// <summary>External points page (<c>bonus_url</c>).</summary>
    public string? BonusUrl { get; init; }

    /// <summary>Points clearing rule text (<c>bonus_cleared</c>).</summary>
    public string? BonusCleared { get; init; }

    /// <summary>Points rule text (<c>bonus_rules</c>).</summary>
    public string? BonusRules { get; init; }

    /// <summary>Whether the card holds a stored value (<c>supply_balance</c>, required on create; needs permission).</summary>
    public bool? SupplyBalance { get; init; }

    /// <summary>External balance page (<c>balance_url</c>).</summary>
    public string? BalanceUrl { get; init; }

    /// <summary>Balance rule text (<c>balance_rules</c>).</summary>
    public string? BalanceRules { get; init; }

    /// <summary>Activate automatically on pick-up (<c>auto_activate</c>). One activation mode only.</summary>
    public bool? AutoActivate { get; init; }

    /// <summary>One-click activation (<c>wx_activate</c>; also set the form with activateuserform/set). One activation mode only.</summary>
    public bool? WxActivate { get; init; }

    /// <summary>Jump-type one-click activation (<c>wx_activate_after_submit</c>).</summary>
    public bool? WxActivateAfterSubmit { get; init; }

    /// <summary>The page opened after the one-click form (<c>wx_activate_after_submit_url</c>).</summary>
    public string? WxActivateAfterSubmitUrl { get; init; }

    /// <summary>Your activation page (<c>activate_url</c>). One activation mode only.</summary>
    public string? ActivateUrl { get; init; }

    /// <summary>Activation mini-program (<c>activate_app_brand_user_name</c>).</summary>
    public string? ActivateAppBrandUserName { get; init; }

    /// <summary>Activation mini-program path (<c>activate_app_brand_pass</c>).</summary>
    public string? ActivateAppBrandPass { get; init; }

    /// <summary>First custom field (<c>custom_field1</c>).</summary>
    public WeChatCustomField? CustomField1 { get; init; }

    /// <summary>Second custom field (<c>custom_field2</c>).</summary>
    public WeChatCustomField? CustomField2 { get; init; }

    /// <summary>Third custom field (<c>custom_field3</c>).</summary>
    public WeChatCustomField? CustomField3 { get; init; }

    /// <summary>Custom entry cell (<c>custom_cell1</c>).</summary>
    public WeChatCustomCell? CustomCell1 { get; init; }

    /// <summary>Points earning and spending rule (<c>bonus_rule</c>).</summary>
    public WeChatBonusRule? BonusRule { get; init; }

    /// <summary>Percent off: 10 means 10% off (<c>discount</c>).</summary>
    public int? Discount { get; init; }
}
