namespace MemberCards.Sdk.WeChat;

/// <summary>Validity of a card (<c>date_info</c>).</summary>
public sealed class WeChatDateInfo
{
    /// <summary>The validity kind (<c>type</c>).</summary>
    public WeChatDateInfoType? Type { get; set; }

    /// <summary>Start, unix seconds (<c>begin_timestamp</c>; <see cref="WeChatDateInfoType.FixTimeRange"/> only).</summary>
    public long? BeginTimestamp { get; set; }

    /// <summary>End, unix seconds (<c>end_timestamp</c>; <see cref="WeChatDateInfoType.FixTimeRange"/> only).</summary>
    public long? EndTimestamp { get; set; }

    /// <summary>Days valid after pick-up (<c>fixed_term</c>; <see cref="WeChatDateInfoType.FixTerm"/> only).</summary>
    public int? FixedTerm { get; set; }

    /// <summary>Days after pick-up before it becomes valid, 0 = same day (<c>fixed_begin_term</c>).</summary>
    public int? FixedBeginTerm { get; set; }
}
