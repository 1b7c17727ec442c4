using MemberCards.Sdk.WeChat;

namespace MemberCards.Samples.Quickstart;

/// <summary>What the story produced, for tests and for a host that wants to continue from it.</summary>
public sealed class QuickstartResult
{
    public required string CardId { get; init; }

    /// <summary>The member-card page's URL, as the page asked the merchant host to sign it.</summary>
    public string? PageUrl { get; init; }

    /// <summary>What the page passed to <c>wx.config</c>, signed by the merchant host with the SDK.</summary>
    public WeChatJsConfig? PageConfig { get; init; }

    /// <summary>The <c>cardExt</c> the page passed to <c>wx.addCard</c>, signed by the merchant host with the SDK.</summary>
    public string? PageCardExt { get; init; }

    /// <summary>What the WeChat emulator answered a copy of the page's <c>wx.addCard</c> with a tampered cardExt signature (<see langword="null"/> against the real WeChat).</summary>
    public string? PageTamperedCardExtAnswer { get; init; }

    /// <summary>The code handed out through the page, as the host's <c>user_get_card</c> handler received it (<see langword="null"/> against the real WeChat).</summary>
    public string? PageUserCardCode { get; init; }

    /// <summary>The code handed out through the QR code, as the host's <c>user_get_card</c> handler received it.</summary>
    public string? UserCardCode { get; init; }

    public required string MembershipNumber { get; init; }

    public string? WeChatPayLevel { get; init; }

    public string? YouzanCardNo { get; init; }

    public string? ErpCardNo { get; init; }

    public long? IotCustomerId { get; init; }
}
