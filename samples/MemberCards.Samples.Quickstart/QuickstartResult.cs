using MemberCards.Sdk.WeChat;

namespace MemberCards.Samples.Quickstart;

/// <summary>What the story produced, for tests and for a host that wants to continue from it.</summary>
public sealed class QuickstartResult
{
    public required string CardId { get; init; }

    /// <summary>What the story's web page would pass to <c>wx.config</c>, signed by the SDK.</summary>
    public WeChatJsConfig? PageConfig { get; init; }

    /// <summary>The <c>cardExt</c> the story's web page would pass to <c>wx.addCard</c>, signed by the SDK.</summary>
    public string? PageCardExt { get; init; }

    public string? UserCardCode { get; init; }

    public required string MembershipNumber { get; init; }

    public string? WeChatPayLevel { get; init; }

    public string? YouzanCardNo { get; init; }

    public string? ErpCardNo { get; init; }

    public long? IotCustomerId { get; init; }
}
