namespace MemberCards.Sdk.WeChat;

/// <summary><c>user_consume_card</c>: a card was redeemed.</summary>
public sealed class WeChatUserConsumeCardEvent : WeChatUserCardEvent
{
    /// <summary><c>FROM_API</c>, <c>FROM_MP</c>, <c>FROM_MOBILE_HELPER</c> ... (<c>ConsumeSource</c>).</summary>
    public string? ConsumeSource { get; init; }

    /// <summary>The store (<c>LocationName</c>).</summary>
    public string? LocationName { get; init; }

    /// <summary>The staff's openid (<c>StaffOpenId</c>).</summary>
    public string? StaffOpenId { get; init; }

    /// <summary>The verification code (<c>VerifyCode</c>).</summary>
    public string? VerifyCode { get; init; }

    /// <summary>A remark amount (<c>RemarkAmount</c>).</summary>
    public string? RemarkAmount { get; init; }

    /// <summary>The channel tag (<c>OuterStr</c>).</summary>
    public string? OuterStr { get; init; }
}
