using System.Security.Cryptography;
using System.Text.Encodings.Web;

namespace MemberCards.Sdk.WeChat;

/// <summary>
/// Signs what a merchant's web page passes to the JS-SDK: the <c>wx.config</c> signature (jsapi_ticket), the
/// <c>cardExt</c> of <c>wx.addCard</c> / <c>wx.batchAddCard</c> and the <c>cardSign</c> of <c>wx.chooseCard</c> (both with
/// the card api_ticket). Each call draws a new nonce and reads the timestamp from its clock. Get the tickets from
/// <see cref="IWeChatTicketProvider"/>; sign on the server, never in the page. Registered as a singleton by
/// <c>AddWeChatCards</c> (on the host's <see cref="TimeProvider"/>).
/// </summary>
public sealed class WeChatJsSdkSigner
{
    /// <summary>The <c>signType</c> of <c>wx.chooseCard</c>.</summary>
    public const string ChooseCardSignType = "SHA1";

    /// <summary>The longest nonce WeChat accepts (<c>nonce_str</c>, 32 characters).</summary>
    public const int MaxNonceLength = 32;

    private static readonly JsonWriterOptions CardExtWriting = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly TimeProvider time;
    private readonly Func<string> nonces;

    /// <summary>A signer on the system clock with random 16-character nonces.</summary>
    public WeChatJsSdkSigner()
        : this(TimeProvider.System)
    {
    }

    /// <summary>A signer on <paramref name="timeProvider"/>, drawing nonces from <paramref name="nonceFactory"/> (random 16 letters and digits when <see langword="null"/>).</summary>
    /// <param name="timeProvider">The clock the timestamps are read from.</param>
    /// <param name="nonceFactory">Returns a new nonce per signature: 1 to 32 ASCII letters and digits, never the same twice.</param>
    public WeChatJsSdkSigner(TimeProvider timeProvider, Func<string>? nonceFactory = null)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        time = timeProvider;
        nonces = nonceFactory ?? NewNonce;
    }

    /// <summary>
    /// The signed fields of <c>wx.config</c> for the page at <paramref name="url"/>: a new nonce, the current timestamp
    /// and the SHA-1 over <c>jsapi_ticket</c>, <c>noncestr</c>, <c>timestamp</c> and <c>url</c>.
    /// </summary>
    /// <param name="appId">The Official Account's AppId (the owner of the ticket).</param>
    /// <param name="jsapiTicket">The jsapi_ticket (<see cref="WeChatTicketType.JsApi"/>).</param>
    /// <param name="url">
    /// The page's full URL with scheme and query, exactly as the browser has it (case, order and escaping are signed as
    /// given), without the fragment: pass <c>location.href.split('#')[0]</c>.
    /// </param>
    /// <returns>What the page passes to <c>wx.config</c> (besides <c>jsApiList</c>).</returns>
    /// <exception cref="MemberCardsValidationException">An empty argument, a URL that is not absolute http(s), or one with a <c>#</c> fragment.</exception>
    public WeChatJsConfig SignConfig(string appId, string jsapiTicket, string url)
    {
        RequireText(appId, "appId");
        RequireText(jsapiTicket, "jsapi_ticket");
        ValidatePageUrl(url);
        var nonce = Nonce();
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds();
        return new WeChatJsConfig { AppId = appId, Timestamp = timestamp, NonceStr = nonce, Signature = ConfigSignature(jsapiTicket, nonce, timestamp, url) };
    }

    /// <summary>
    /// One signed entry of the <c>cardList</c> of <c>wx.addCard</c> / <c>wx.batchAddCard</c>: its <c>cardExt</c> is the JSON
    /// text <c>{"code","openid","timestamp","nonce_str","fixed_begintimestamp","outer_str","signature"}</c> (absent values
    /// left out; timestamp as a string), signed over the values of api_ticket, timestamp, card_id, code, openid and
    /// nonce_str, sorted as ordinal strings and concatenated.
    /// </summary>
    /// <param name="apiTicket">The card api_ticket (<see cref="WeChatTicketType.WxCard"/>) of the Official Account that owns the card.</param>
    /// <param name="fields">The card and what it is handed out with.</param>
    /// <returns>The entry, with its own nonce.</returns>
    /// <exception cref="MemberCardsValidationException">An empty ticket or card_id; a code missing for a <c>use_custom_code</c> card or given for another; the same for openid and <c>bind_openid</c>.</exception>
    public WeChatAddCardItem SignAddCard(string apiTicket, WeChatCardExtFields fields)
    {
        RequireText(apiTicket, "api_ticket");
        ArgumentNullException.ThrowIfNull(fields);
        RequireText(fields.CardId, "card_id");
        var code = PresentExactlyWhen(fields.Code, fields.UseCustomCode, "cardExt.code", "the card uses use_custom_code (outside deposit mode), so each user receives the code you assign", "use_custom_code");
        var openId = PresentExactlyWhen(fields.OpenId, fields.BindOpenId, "cardExt.openid", "the card uses bind_openid, so only that user may receive it", "bind_openid");
        var nonce = Nonce();
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = CardSignature([apiTicket, timestamp, fields.CardId, code, openId, nonce]);

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, CardExtWriting))
        {
            writer.WriteStartObject();
            if (code is not null)
            {
                writer.WriteString("code", code);
            }

            if (openId is not null)
            {
                writer.WriteString("openid", openId);
            }

            writer.WriteString("timestamp", timestamp);
            writer.WriteString("nonce_str", nonce);
            if (fields.FixedBeginTimestamp is { } begin)
            {
                writer.WriteNumber("fixed_begintimestamp", begin);
            }

            if (!string.IsNullOrEmpty(fields.OuterStr))
            {
                writer.WriteString("outer_str", fields.OuterStr);
            }

            writer.WriteString("signature", signature);
            writer.WriteEndObject();
        }

        return new WeChatAddCardItem { CardId = fields.CardId, CardExt = Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length) };
    }

    /// <summary>
    /// The signed parameters of <c>wx.chooseCard</c>: its <c>cardSign</c> is the SHA-1 over the values of api_ticket,
    /// app_id, location_id (<c>shopId</c>), timestamp, nonce_str, card_id and card_type (empty ones left out), sorted as
    /// ordinal strings and concatenated.
    /// </summary>
    /// <param name="appId">The Official Account's AppId.</param>
    /// <param name="apiTicket">The card api_ticket (<see cref="WeChatTicketType.WxCard"/>).</param>
    /// <param name="filter">The filters, or <see langword="null"/> for none.</param>
    /// <returns>What the page passes to <c>wx.chooseCard</c> (besides <c>success</c>).</returns>
    /// <exception cref="MemberCardsValidationException">An empty AppId or ticket.</exception>
    public WeChatChooseCardParameters SignChooseCard(string appId, string apiTicket, WeChatChooseCardFilter? filter = null)
    {
        RequireText(appId, "appId");
        RequireText(apiTicket, "api_ticket");
        var shopId = filter?.ShopId ?? string.Empty;
        var cardType = filter?.CardType ?? string.Empty;
        var cardId = filter?.CardId ?? string.Empty;
        var nonce = Nonce();
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds();
        var sign = CardSignature([apiTicket, appId, shopId, timestamp.ToString(CultureInfo.InvariantCulture), nonce, cardId, cardType]);
        return new WeChatChooseCardParameters { ShopId = shopId, CardType = cardType, CardId = cardId, Timestamp = timestamp, NonceStr = nonce, SignType = ChooseCardSignType, CardSign = sign };
    }

    /// <summary>
    /// The <c>wx.config</c> signature: SHA-1 of <c>jsapi_ticket=…&amp;noncestr=…&amp;timestamp=…&amp;url=…</c> (names in ASCII
    /// order, values as given, no escaping), as lower-case hex.
    /// </summary>
    /// <param name="jsapiTicket">The jsapi_ticket.</param>
    /// <param name="nonceStr">The nonce.</param>
    /// <param name="timestamp">The timestamp, Unix seconds.</param>
    /// <param name="url">The page URL without its fragment.</param>
    /// <returns>40 lower-case hex digits.</returns>
    public static string ConfigSignature(string jsapiTicket, string nonceStr, long timestamp, string url)
    {
        ArgumentNullException.ThrowIfNull(jsapiTicket);
        ArgumentNullException.ThrowIfNull(nonceStr);
        ArgumentNullException.ThrowIfNull(url);
        var text = string.Create(CultureInfo.InvariantCulture, $"jsapi_ticket={jsapiTicket}&noncestr={nonceStr}&timestamp={timestamp}&url={url}");
        return Sha1Hex(text);
    }

    /// <summary>
    /// The card signature of <c>cardExt</c> and <c>cardSign</c>: the non-empty values sorted as ordinal (byte) strings,
    /// concatenated without separator, SHA-1, lower-case hex. An empty or <see langword="null"/> value counts as absent.
    /// </summary>
    /// <param name="values">The values to sign.</param>
    /// <returns>40 lower-case hex digits.</returns>
    public static string CardSignature(IEnumerable<string?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var present = values.Where(v => !string.IsNullOrEmpty(v)).Select(v => v!).ToList();
        present.Sort(StringComparer.Ordinal);
        return Sha1Hex(string.Concat(present));
    }

    private static string Sha1Hex(string text)
    {
        // SHA-1 is what the JS-SDK specifies; it is not used here for anything we choose.
#pragma warning disable CA5350
        return Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(text)));
#pragma warning restore CA5350
    }

    private static string NewNonce() => RandomNumberGenerator.GetString("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 16);

    private static void ValidatePageUrl(string url)
    {
        RequireText(url, "url");
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            throw new MemberCardsValidationException(WeChatConstants.ServiceName, "url", $"contains a fragment ('{Shorten(url[hash..])}'): WeChat signs the page URL without '#' and what follows it. Pass location.href.split('#')[0].");
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var parsed) || (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps))
        {
            throw new MemberCardsValidationException(WeChatConstants.ServiceName, "url", "must be the page's absolute http or https URL (location.href without the fragment).");
        }
    }

    private static string? PresentExactlyWhen(string? value, bool required, string path, string why, string flag)
    {
        if (required && string.IsNullOrEmpty(value))
        {
            throw new MemberCardsValidationException(WeChatConstants.ServiceName, path, $"is required: {why}.");
        }

        if (!required && !string.IsNullOrEmpty(value))
        {
            throw new MemberCardsValidationException(WeChatConstants.ServiceName, path, $"must be left out unless the card uses {flag} (WeChat refuses it for other cards); set {flag} if the card has it.");
        }

        return required ? value : null;
    }

    private static void RequireText(string? value, string path)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw new MemberCardsValidationException(WeChatConstants.ServiceName, path, "is required.");
        }
    }

    private static string Shorten(string text) => text.Length <= 24 ? text : text[..24] + "…";

    private string Nonce()
    {
        var nonce = nonces();
        if (string.IsNullOrEmpty(nonce) || nonce.Length > MaxNonceLength || !nonce.All(char.IsAsciiLetterOrDigit))
        {
            throw new InvalidOperationException($"The nonce factory must return 1 to {MaxNonceLength} ASCII letters and digits.");
        }

        return nonce;
    }
}
