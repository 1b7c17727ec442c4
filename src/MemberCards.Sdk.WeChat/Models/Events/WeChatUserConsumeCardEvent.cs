namespace MemberCards.Sdk.WeChat;

/// <summary><c>user_consume_card</c>: a card was redeemed.</summary>
public sealed class WeChatUserConsumeCardEvent : WeChatUserCardEvent
{
    /// <summary><c>FROM_API</c>, <c>FROM_MP</c>, <c>FROM_MOBILE_HELPER</c> ... (<c>ConsumeSource</c>).</summary>
    public string? ConsumeSource { get; set; }

    /// <summary>The store (<c>LocationName</c>).</summary>
    public string? LocationName { get; set; }

    /// <summary>The staff's openid (<c>StaffOpenId</c>).</summary>
    public string? StaffOpenId { get; set; }

    /// <summary>The verification code (<c>VerifyCode</c>).</summary>
    public string? VerifyCode { get; set; }

    /// <summary>A remark amount (<c>RemarkAmount</c>).</summary>
    public string? RemarkAmount { get; set; }

    /// <summary>The channel tag (<c>OuterStr</c>).</summary>
    public string? OuterStr { get; set; }
}
