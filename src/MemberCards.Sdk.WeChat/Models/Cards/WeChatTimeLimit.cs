namespace MemberCards.Sdk.WeChat;

/// <summary>One usable time window (<c>time_limit</c> item).</summary>
public sealed class WeChatTimeLimit
{
    /// <summary><c>MONDAY</c> .. <c>SUNDAY</c> or <c>HOLIDAY</c> (<c>type</c>).</summary>
    public string? Type { get; set; }

    /// <summary>Start hour (<c>begin_hour</c>).</summary>
    public int? BeginHour { get; set; }

    /// <summary>End hour (<c>end_hour</c>).</summary>
    public int? EndHour { get; set; }

    /// <summary>Start minute (<c>begin_minute</c>).</summary>
    public int? BeginMinute { get; set; }

    /// <summary>End minute (<c>end_minute</c>).</summary>
    public int? EndMinute { get; set; }
}
