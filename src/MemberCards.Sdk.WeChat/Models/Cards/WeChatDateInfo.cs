using System.Text.Json.Serialization;

namespace MemberCards.Sdk.WeChat;

/// <summary>Validity of a card (<c>date_info</c>).</summary>
public sealed class WeChatDateInfo
{
    /// <summary>The validity kind (<c>type</c>).</summary>
    [JsonPropertyName("type")]
    public WeChatDateInfoType? Type { get; init; }

    /// <summary>Start, unix seconds (<c>begin_timestamp</c>; <see cref="WeChatDateInfoType.FixTimeRange"/> only).</summary>
    [JsonPropertyName("begin_timestamp")]
    public long? BeginTimestamp { get; init; }

    /// <summary>End, unix seconds (<c>end_timestamp</c>; <see cref="WeChatDateInfoType.FixTimeRange"/> only).</summary>
    [JsonPropertyName("end_timestamp")]
    public long? EndTimestamp { get; init; }

    /// <summary>Days valid after pick-up (<c>fixed_term</c>; <see cref="WeChatDateInfoType.FixTerm"/> only).</summary>
    [JsonPropertyName("fixed_term")]
    public int? FixedTerm { get; init; }

    /// <summary>Days after pick-up before it becomes valid, 0 = same day (<c>fixed_begin_term</c>).</summary>
    [JsonPropertyName("fixed_begin_term")]
    public int? FixedBeginTerm { get; init; }
}
