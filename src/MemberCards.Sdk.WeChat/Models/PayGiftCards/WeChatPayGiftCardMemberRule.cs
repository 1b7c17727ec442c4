namespace MemberCards.Sdk.WeChat;

/// <summary>Which card a 支付即会员 rule offers, and for which payments (<c>member_rule</c>).</summary>
public sealed class WeChatPayGiftCardMemberRule
{
    /// <summary>The member card offered (<c>card_id</c>, required).</summary>
    public string? CardId { get; set; }

    /// <summary>The smallest single payment that qualifies, in fen (<c>least_cost</c>, not negative).</summary>
    public long? LeastCost { get; set; }

    /// <summary>The largest single payment that qualifies, in fen (<c>max_cost</c>, at least <see cref="LeastCost"/>).</summary>
    public long? MaxCost { get; set; }

    /// <summary>The page the payer is sent to (<c>jump_url</c>); or a mini-program through <see cref="AppBrandId"/>, not both.</summary>
    public string? JumpUrl { get; set; }

    /// <summary>The mini-program the payer is sent to (<c>app_brand_id</c>), instead of <see cref="JumpUrl"/>.</summary>
    public string? AppBrandId { get; set; }

    /// <summary>The page path inside the mini-program (<c>app_brand_pass</c>); only with <see cref="AppBrandId"/>.</summary>
    public string? AppBrandPass { get; set; }
}
