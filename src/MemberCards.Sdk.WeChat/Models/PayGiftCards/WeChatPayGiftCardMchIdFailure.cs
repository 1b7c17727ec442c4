namespace MemberCards.Sdk.WeChat;

/// <summary>A merchant id a 支付即会员 rule could not take (an item of <c>fail_mchid_list</c>).</summary>
public sealed class WeChatPayGiftCardMchIdFailure
{
    /// <summary>The merchant id (<c>mchid</c>).</summary>
    [JsonPropertyName("mchid")]
    public string? MchId { get; set; }

    /// <summary>Why, as an errcode (<c>errcode</c>).</summary>
    [JsonPropertyName("errcode")]
    public int? ErrorCode { get; set; }

    /// <summary>Why, in words (<c>errmsg</c>).</summary>
    [JsonPropertyName("errmsg")]
    public string? ErrorMessage { get; set; }

    /// <summary>The rule that already holds the merchant id (<c>occupy_rule_id</c>).</summary>
    public long? OccupyRuleId { get; set; }

    /// <summary>The AppId of that rule (<c>occupy_appid</c>).</summary>
    [JsonPropertyName("occupy_appid")]
    public string? OccupyAppId { get; set; }
}
