namespace MemberCards.Sdk.WeChat;

/// <summary>The tickets <c>cgi-bin/ticket/getticket</c> hands out, each signing a different JS-SDK call.</summary>
public enum WeChatTicketType
{
    /// <summary>The <c>jsapi_ticket</c> (<c>type=jsapi</c>): signs <c>wx.config</c>.</summary>
    JsApi = 1,

    /// <summary>The card <c>api_ticket</c> (<c>type=wx_card</c>): signs the <c>cardExt</c> of <c>wx.addCard</c> and the <c>cardSign</c> of <c>wx.chooseCard</c>.</summary>
    WxCard = 2,
}
