using System.Text.Json.Serialization;

namespace MemberCards.Sdk.WeChat;

/// <summary>
/// The <c>member_card</c> object of card/create, card/get and card/update. <see cref="SupplyBonus"/> and
/// <see cref="SupplyBalance"/> are required on create and sent even when <see langword="false"/>.
/// </summary>
public sealed class WeChatMemberCard
{
    /// <summary>Card background (<c>background_pic_url</c>, from media/uploadimg, at most 1000×600).</summary>
    [JsonPropertyName("background_pic_url")]
    public string? BackgroundPicUrl { get; init; }

    /// <summary>The common card fields (<c>base_info</c>, required on create).</summary>
    [JsonPropertyName("base_info")]
    public WeChatCardBaseInfo? BaseInfo { get; init; }

    /// <summary>Optional details (<c>advanced_info</c>).</summary>
    [JsonPropertyName("advanced_info")]
    public WeChatCardAdvancedInfo? AdvancedInfo { get; init; }

    /// <summary>Member privileges (<c>prerogative</c>, required on create, at most 1024 Chinese characters).</summary>
    [JsonPropertyName("prerogative")]
    public string? Prerogative { get; init; }

    /// <summary>Whether the card shows points (<c>supply_bonus</c>, required on create; cannot be switched off later).</summary>
    [JsonPropertyName("supply_bonus")]
    public bool? SupplyBonus { get; init; }

    /// <summary>External points page (<c>bonus_url</c>).</summary>
    [JsonPropertyName("bonus_url")]
    public string? BonusUrl { get; init; }

    /// <summary>Points clearing rule text (<c>bonus_cleared</c>).</summary>
    [JsonPropertyName("bonus_cleared")]
    public string? BonusCleared { get; init; }

    /// <summary>Points rule text (<c>bonus_rules</c>).</summary>
    [JsonPropertyName("bonus_rules")]
    public string? BonusRules { get; init; }

    /// <summary>Whether the card holds a stored value (<c>supply_balance</c>, required on create; needs permission).</summary>
    [JsonPropertyName("supply_balance")]
    public bool? SupplyBalance { get; init; }

    /// <summary>External balance page (<c>balance_url</c>).</summary>
    [JsonPropertyName("balance_url")]
    public string? BalanceUrl { get; init; }

    /// <summary>Balance rule text (<c>balance_rules</c>).</summary>
    [JsonPropertyName("balance_rules")]
    public string? BalanceRules { get; init; }

    /// <summary>Activate automatically on pick-up (<c>auto_activate</c>). One activation mode only.</summary>
    [JsonPropertyName("auto_activate")]
    public bool? AutoActivate { get; init; }

    /// <summary>One-click activation (<c>wx_activate</c>; also set the form with activateuserform/set). One activation mode only.</summary>
    [JsonPropertyName("wx_activate")]
    public bool? WxActivate { get; init; }

    /// <summary>Jump-type one-click activation (<c>wx_activate_after_submit</c>).</summary>
    [JsonPropertyName("wx_activate_after_submit")]
    public bool? WxActivateAfterSubmit { get; init; }

    /// <summary>The page opened after the one-click form (<c>wx_activate_after_submit_url</c>).</summary>
    [JsonPropertyName("wx_activate_after_submit_url")]
    public string? WxActivateAfterSubmitUrl { get; init; }

    /// <summary>Your activation page (<c>activate_url</c>). One activation mode only.</summary>
    [JsonPropertyName("activate_url")]
    public string? ActivateUrl { get; init; }

    /// <summary>Activation mini-program (<c>activate_app_brand_user_name</c>).</summary>
    [JsonPropertyName("activate_app_brand_user_name")]
    public string? ActivateAppBrandUserName { get; init; }

    /// <summary>Activation mini-program path (<c>activate_app_brand_pass</c>).</summary>
    [JsonPropertyName("activate_app_brand_pass")]
    public string? ActivateAppBrandPass { get; init; }

    /// <summary>First custom field (<c>custom_field1</c>).</summary>
    [JsonPropertyName("custom_field1")]
    public WeChatCustomField? CustomField1 { get; init; }

    /// <summary>Second custom field (<c>custom_field2</c>).</summary>
    [JsonPropertyName("custom_field2")]
    public WeChatCustomField? CustomField2 { get; init; }

    /// <summary>Third custom field (<c>custom_field3</c>).</summary>
    [JsonPropertyName("custom_field3")]
    public WeChatCustomField? CustomField3 { get; init; }

    /// <summary>Custom entry cell (<c>custom_cell1</c>).</summary>
    [JsonPropertyName("custom_cell1")]
    public WeChatCustomCell? CustomCell1 { get; init; }

    /// <summary>Points earning and spending rule (<c>bonus_rule</c>).</summary>
    [JsonPropertyName("bonus_rule")]
    public WeChatBonusRule? BonusRule { get; init; }

    /// <summary>Percent off: 10 means 10% off (<c>discount</c>).</summary>
    [JsonPropertyName("discount")]
    public int? Discount { get; init; }
}

/// <summary>A custom field on the card face (<c>custom_field1..3</c>).</summary>
public sealed class WeChatCustomField
{
    /// <summary>A preset name (<c>name_type</c>); set this or <see cref="Name"/>.</summary>
    [JsonPropertyName("name_type")]
    public WeChatFieldNameType? NameType { get; init; }

    /// <summary>A free name, at most 24 bytes (<c>name</c>).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>The link opened from the field (<c>url</c>, at most 128 bytes).</summary>
    [JsonPropertyName("url")]
    public string? Url { get; init; }
}

/// <summary>A custom entry cell (<c>custom_cell1</c>).</summary>
public sealed class WeChatCustomCell
{
    /// <summary>The entry name, at most 15 bytes (<c>name</c>).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>The hint, at most 18 bytes (<c>tips</c>).</summary>
    [JsonPropertyName("tips")]
    public string? Tips { get; init; }

    /// <summary>The link (<c>url</c>, at most 128 bytes).</summary>
    [JsonPropertyName("url")]
    public string? Url { get; init; }
}

/// <summary>Points rules (<c>bonus_rule</c>); money in fen.</summary>
public sealed class WeChatBonusRule
{
    /// <summary>Spend per earning unit, fen (<c>cost_money_unit</c>).</summary>
    [JsonPropertyName("cost_money_unit")]
    public int? CostMoneyUnit { get; init; }

    /// <summary>Points earned per unit (<c>increase_bonus</c>).</summary>
    [JsonPropertyName("increase_bonus")]
    public int? IncreaseBonus { get; init; }

    /// <summary>Cap of points per earning (<c>max_increase_bonus</c>).</summary>
    [JsonPropertyName("max_increase_bonus")]
    public int? MaxIncreaseBonus { get; init; }

    /// <summary>Points granted on activation (<c>init_increase_bonus</c>).</summary>
    [JsonPropertyName("init_increase_bonus")]
    public int? InitIncreaseBonus { get; init; }

    /// <summary>Points spent per unit (<c>cost_bonus_unit</c>).</summary>
    [JsonPropertyName("cost_bonus_unit")]
    public int? CostBonusUnit { get; init; }

    /// <summary>Fen deducted per spent unit (<c>reduce_money</c>).</summary>
    [JsonPropertyName("reduce_money")]
    public int? ReduceMoney { get; init; }

    /// <summary>Minimum order to use points, fen (<c>least_money_to_use_bonus</c>).</summary>
    [JsonPropertyName("least_money_to_use_bonus")]
    public int? LeastMoneyToUseBonus { get; init; }

    /// <summary>Maximum points per order (<c>max_reduce_bonus</c>).</summary>
    [JsonPropertyName("max_reduce_bonus")]
    public int? MaxReduceBonus { get; init; }
}
