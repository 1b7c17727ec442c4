namespace MemberCards.Sdk.WeChat;

/// <summary>Usage conditions (<c>use_condition</c>).</summary>
public sealed class WeChatUseCondition
{
    /// <summary>Accepted goods (<c>accept_category</c>).</summary>
    public string? AcceptCategory { get; set; }

    /// <summary>Excluded goods (<c>reject_category</c>).</summary>
    public string? RejectCategory { get; set; }

    /// <summary>Minimum spend in fen (<c>least_cost</c>).</summary>
    public long? LeastCost { get; set; }

    /// <summary>Whether it combines with other discounts (<c>can_use_with_other_discount</c>).</summary>
    public bool? CanUseWithOtherDiscount { get; set; }
}
