using System.Text.Json.Serialization;

namespace MemberCards.Sdk.WeChat;

/// <summary>Optional card details (<c>advanced_info</c>).</summary>
public sealed class WeChatCardAdvancedInfo
{
    /// <summary>Usage conditions (<c>use_condition</c>).</summary>
    [JsonPropertyName("use_condition")]
    public WeChatUseCondition? UseCondition { get; init; }

    /// <summary>Cover summary (<c>abstract</c>).</summary>
    [JsonPropertyName("abstract")]
    public WeChatCardAbstract? Abstract { get; init; }

    /// <summary>Picture-and-text details (<c>text_image_list</c>).</summary>
    [JsonPropertyName("text_image_list")]
    public IReadOnlyList<WeChatTextImage>? TextImages { get; init; }

    /// <summary>Time limits (<c>time_limit</c>).</summary>
    [JsonPropertyName("time_limit")]
    public IReadOnlyList<WeChatTimeLimit>? TimeLimits { get; init; }

    /// <summary>Business services, such as <c>BIZ_SERVICE_FREE_WIFI</c> (<c>business_service</c>).</summary>
    [JsonPropertyName("business_service")]
    public IReadOnlyList<string>? BusinessServices { get; init; }
}

/// <summary>Usage conditions (<c>use_condition</c>).</summary>
public sealed class WeChatUseCondition
{
    /// <summary>Accepted goods (<c>accept_category</c>).</summary>
    [JsonPropertyName("accept_category")]
    public string? AcceptCategory { get; init; }

    /// <summary>Excluded goods (<c>reject_category</c>).</summary>
    [JsonPropertyName("reject_category")]
    public string? RejectCategory { get; init; }

    /// <summary>Minimum spend in fen (<c>least_cost</c>).</summary>
    [JsonPropertyName("least_cost")]
    public long? LeastCost { get; init; }

    /// <summary>Whether it combines with other discounts (<c>can_use_with_other_discount</c>).</summary>
    [JsonPropertyName("can_use_with_other_discount")]
    public bool? CanUseWithOtherDiscount { get; init; }
}

/// <summary>Cover summary (<c>abstract</c>).</summary>
public sealed class WeChatCardAbstract
{
    /// <summary>The summary text (<c>abstract</c>).</summary>
    [JsonPropertyName("abstract")]
    public string? Text { get; init; }

    /// <summary>Cover images (<c>icon_url_list</c>).</summary>
    [JsonPropertyName("icon_url_list")]
    public IReadOnlyList<string>? IconUrls { get; init; }
}

/// <summary>One picture with text (<c>text_image_list</c> item).</summary>
public sealed class WeChatTextImage
{
    /// <summary>The picture (<c>image_url</c>).</summary>
    [JsonPropertyName("image_url")]
    public string? ImageUrl { get; init; }

    /// <summary>The text (<c>text</c>).</summary>
    [JsonPropertyName("text")]
    public string? Text { get; init; }
}

/// <summary>One usable time window (<c>time_limit</c> item).</summary>
public sealed class WeChatTimeLimit
{
    /// <summary><c>MONDAY</c> .. <c>SUNDAY</c> or <c>HOLIDAY</c> (<c>type</c>).</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    /// <summary>Start hour (<c>begin_hour</c>).</summary>
    [JsonPropertyName("begin_hour")]
    public int? BeginHour { get; init; }

    /// <summary>End hour (<c>end_hour</c>).</summary>
    [JsonPropertyName("end_hour")]
    public int? EndHour { get; init; }

    /// <summary>Start minute (<c>begin_minute</c>).</summary>
    [JsonPropertyName("begin_minute")]
    public int? BeginMinute { get; init; }

    /// <summary>End minute (<c>end_minute</c>).</summary>
    [JsonPropertyName("end_minute")]
    public int? EndMinute { get; init; }
}
