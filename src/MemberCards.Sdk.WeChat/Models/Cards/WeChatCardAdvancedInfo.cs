namespace MemberCards.Sdk.WeChat;

/// <summary>Optional card details (<c>advanced_info</c>).</summary>
public sealed class WeChatCardAdvancedInfo
{
    /// <summary>Usage conditions (<c>use_condition</c>).</summary>
    public WeChatUseCondition? UseCondition { get; set; }

    /// <summary>Cover summary (<c>abstract</c>).</summary>
    public WeChatCardAbstract? Abstract { get; set; }

    /// <summary>Picture-and-text details (<c>text_image_list</c>).</summary>
    [JsonPropertyName("text_image_list")]
    public IReadOnlyList<WeChatTextImage>? TextImages { get; set; }

    /// <summary>Time limits (<c>time_limit</c>).</summary>
    [JsonPropertyName("time_limit")]
    public IReadOnlyList<WeChatTimeLimit>? TimeLimits { get; set; }

    /// <summary>Business services, such as <c>BIZ_SERVICE_FREE_WIFI</c> (<c>business_service</c>).</summary>
    [JsonPropertyName("business_service")]
    public IReadOnlyList<string>? BusinessServices { get; set; }
}
