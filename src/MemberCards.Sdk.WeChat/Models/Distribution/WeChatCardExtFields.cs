namespace MemberCards.Sdk.WeChat;

/// <summary>What one card of <c>wx.addCard</c> / <c>wx.batchAddCard</c> is handed out with: the fields of its signed <c>cardExt</c>.</summary>
public sealed class WeChatCardExtFields
{
    /// <summary>The card_id (signed; sent beside the cardExt as <c>cardId</c>). Required.</summary>
    public string CardId { get; set; } = string.Empty;

    /// <summary>
    /// Whether the card was created with <c>use_custom_code</c> and is not in deposit mode
    /// (<c>GET_CUSTOM_CODE_MODE_DEPOSIT</c>): then <see cref="Code"/> is required; otherwise it must be left out.
    /// </summary>
    public bool UseCustomCode { get; set; }

    /// <summary>The code the user receives; required exactly when <see cref="UseCustomCode"/> is set. One receipt per code.</summary>
    public string? Code { get; set; }

    /// <summary>Whether the card was created with <c>bind_openid</c>: then <see cref="OpenId"/> is required; otherwise it must be left out.</summary>
    public bool BindOpenId { get; set; }

    /// <summary>The only user who may receive the card; required exactly when <see cref="BindOpenId"/> is set.</summary>
    public string? OpenId { get; set; }

    /// <summary>For <c>DATE_TYPE_FIX_TERM</c> cards only: the real receive time, Unix seconds (not signed).</summary>
    public long? FixedBeginTimestamp { get; set; }

    /// <summary>A channel value echoed as <c>OuterStr</c> in the <c>user_get_card</c> event (not signed).</summary>
    public string? OuterStr { get; set; }
}
