namespace MemberCards.Sdk.WeChat;

/// <summary>
/// The <c>member_card</c> object of card/create, card/get and card/update. <see cref="SupplyBonus"/> and
/// <see cref="SupplyBalance"/> are required on create and sent even when <see langword="false"/>.
/// </summary>
public sealed class WeChatMemberCard
{
    /// <summary>Card background (<c>background_pic_url</c>, from media/uploadimg, at most 1000×600).</summary>
    public string? BackgroundPicUrl { get; set; }

    /// <summary>The common card fields (<c>base_info</c>, required on create).</summary>
    public WeChatCardBaseInfo? BaseInfo { get; set; }

    /// <summary>Optional details (<c>advanced_info</c>).</summary>
    public WeChatCardAdvancedInfo? AdvancedInfo { get; set; }

    /// <summary>Member privileges (<c>prerogative</c>, required on create, at most 1024 Chinese characters).</summary>
    public string? Prerogative { get; set; }

    /// <summary>Whether the card shows points (<c>supply_bonus</c>, required on create; cannot be switched off later).</summary>
    public bool? SupplyBonus { get; set; }

    /// <summary>External points page (<c>bonus_url</c>).</summary>
    public string? BonusUrl { get; set; }

    /// <summary>Points clearing rule text (<c>bonus_cleared</c>).</summary>
    public string? BonusCleared { get; set; }

    /// <summary>Points rule text (<c>bonus_rules</c>).</summary>
    public string? BonusRules { get; set; }

    /// <summary>Whether the card holds a stored value (<c>supply_balance</c>, required on create; needs permission).</summary>
    public bool? SupplyBalance { get; set; }

    /// <summary>External balance page (<c>balance_url</c>).</summary>
    public string? BalanceUrl { get; set; }

    /// <summary>Balance rule text (<c>balance_rules</c>).</summary>
    public string? BalanceRules { get; set; }

    /// <summary>Activate automatically on pick-up (<c>auto_activate</c>). One activation mode only.</summary>
    public bool? AutoActivate { get; set; }

    /// <summary>One-click activation (<c>wx_activate</c>; also set the form with activateuserform/set). One activation mode only.</summary>
    public bool? WxActivate { get; set; }

    /// <summary>Jump-type one-click activation (<c>wx_activate_after_submit</c>).</summary>
    public bool? WxActivateAfterSubmit { get; set; }

    /// <summary>The page opened after the one-click form (<c>wx_activate_after_submit_url</c>).</summary>
    public string? WxActivateAfterSubmitUrl { get; set; }

    /// <summary>Your activation page (<c>activate_url</c>). One activation mode only.</summary>
    public string? ActivateUrl { get; set; }

    /// <summary>Activation mini-program (<c>activate_app_brand_user_name</c>).</summary>
    public string? ActivateAppBrandUserName { get; set; }

    /// <summary>Activation mini-program path (<c>activate_app_brand_pass</c>).</summary>
    public string? ActivateAppBrandPass { get; set; }

    /// <summary>First custom field (<c>custom_field1</c>).</summary>
    public WeChatCustomField? CustomField1 { get; set; }

    /// <summary>Second custom field (<c>custom_field2</c>).</summary>
    public WeChatCustomField? CustomField2 { get; set; }

    /// <summary>Third custom field (<c>custom_field3</c>).</summary>
    public WeChatCustomField? CustomField3 { get; set; }

    /// <summary>Custom entry cell (<c>custom_cell1</c>).</summary>
    public WeChatCustomCell? CustomCell1 { get; set; }

    /// <summary>Points earning and spending rule (<c>bonus_rule</c>).</summary>
    public WeChatBonusRule? BonusRule { get; set; }

    /// <summary>Percent off: 10 means 10% off (<c>discount</c>).</summary>
    public int? Discount { get; set; }
}
