using System.Text.Json.Nodes;

namespace MemberCards.Samples.Quickstart;

/// <summary>What the member-card page passes to WeChat once its script ran: its URL, the <c>wx.config</c> object and the <c>cardList</c> of <c>wx.addCard</c>.</summary>
/// <param name="Url">The page's URL as the browser has it, without the fragment (what the page asked the host to sign).</param>
/// <param name="Config">The object the page passed to <c>wx.config</c>.</param>
/// <param name="CardList">The <c>cardList</c> the page passed to <c>wx.addCard</c>.</param>
public sealed record PageSignatures(string Url, JsonObject Config, JsonArray CardList);
