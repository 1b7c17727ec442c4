using System.Net;
using System.Text.Json.Nodes;
using MemberCards.Samples.WeChatPage;

namespace MemberCards.Samples.Quickstart;

/// <summary>
/// The tester's browser, without a browser: opens the member-card page on the merchant host and does what its script
/// does before <c>wx.addCard</c> (ask the host to sign the page's URL, pass the signed fields to <c>wx.config</c>). What
/// the <c>wx</c> script then posts to WeChat is the emulator's part (<c>WeChatEmulator.AddCardFromPageAsync</c>).
/// </summary>
internal static class PageVisitor
{
    private static readonly HttpClient Browser = new();

    /// <summary>Opens <paramref name="page"/>, checks that it loads <paramref name="script"/>, and fetches its signatures as its script does.</summary>
    public static async Task<PageSignatures> OpenAsync(Uri page, Uri script, CancellationToken cancellationToken)
    {
        var html = await Browser.GetStringAsync(page, cancellationToken);
        if (!html.Contains($"<script src=\"{WebUtility.HtmlEncode(script.ToString())}\">", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The page {page} does not load the wx script {script}.");
        }

        // location.href.split('#')[0], then fetch(SignaturePath + '?url=' + encodeURIComponent(pageUrl)).
        var url = page.GetComponents(UriComponents.AbsoluteUri & ~UriComponents.Fragment, UriFormat.UriEscaped);
        var answer = await Browser.GetStringAsync(new Uri(page, AddCardPage.SignaturePath + "?url=" + Uri.EscapeDataString(url)), cancellationToken);
        var signed = JsonNode.Parse(answer)!.AsObject();
        var config = signed["config"]!.AsObject();
        return new PageSignatures(
            url,
            new JsonObject
            {
                ["debug"] = false,
                ["appId"] = config["appId"]!.DeepClone(),
                ["timestamp"] = config["timestamp"]!.DeepClone(),
                ["nonceStr"] = config["nonceStr"]!.DeepClone(),
                ["signature"] = config["signature"]!.DeepClone(),
                ["jsApiList"] = new JsonArray("addCard"),
            },
            signed["cardList"]!.AsArray());
    }
}
