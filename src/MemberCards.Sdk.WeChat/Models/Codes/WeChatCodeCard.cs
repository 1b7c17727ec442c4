namespace MemberCards.Sdk.WeChat;

/// <summary>The card part of a card/code/get answer.</summary>
public sealed class WeChatCodeCard
{
    /// <summary>The card id (<c>card_id</c>).</summary>
    public string? CardId { get; set; }

    /// <summary>Start of validity, unix seconds (<c>begin_time</c>).</summary>
    public long? BeginTime { get; set; }

    /// <summary>End of validity, unix seconds (<c>end_time</c>).</summary>
    public long? EndTime { get; set; }
}
