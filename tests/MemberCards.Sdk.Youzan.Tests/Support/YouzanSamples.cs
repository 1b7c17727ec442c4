using System.Text;
using MemberCards.Sdk.Security;
using MemberCards.Sdk.Youzan;

namespace MemberCards.Sdk.Youzan.Tests.Support;

/// <summary>
/// The two pushes of seed 000 (Youzan's 会员卡消息 doc), rewritten from its JavaScript-like notation into the
/// JSON Youzan actually sends, field order and values unchanged. The published signs cannot be checked (the
/// client_secret is not published), so signed variants are made with our own secret through Core's YouzanSignature.
/// </summary>
internal static class YouzanSamples
{
    public const string ClientId = "6cd25b3f99727975b5";
    public const string Secret = "test-secret-0f2c9a";
    public const string OldSecret = "test-secret-previous-77e1";

    public const string CardMsg = "%7B%22card_alias%22%3A%222omk5g63jgmvpa%22%2C%22event_time%22%3A%222017-06-30+16%3A07%3A54%22%7D";
    public const string CardPublishedSign = "68b4358a15d6daf1cf53a63cf8be68d5";

    /// <summary>The claim key of a body-signed push of <see cref="CardMsg"/>: the client id and the SHA-256 of msg as received.</summary>
    public const string CardMessageKey = "youzan:6cd25b3f99727975b5|msg-sha256:55ef512cbcd2f09969cc2abf9118821822fbf807712aceba624ab1606858443b";

    public const string CustomerCardMsg = "%7B%22fans_id%22%3A0%2C%22fans_type%22%3A0%2C%22mobile%22%3A%2218768423400%22%2C%22card_alias%22%3A%222omk5g63jgmvpa%22%2C%22card_no%22%3A%22231820909057462930%22%2C%22event_time%22%3A%222017-06-30+16%3A08%3A29%22%7D";
    public const string CustomerCardPublishedSign = "1be2bc5f1d5ca000736850de10b3ce0d";

    public static string CardBody(string sign, string msg = CardMsg, string status = "CREATE_CARD")
        => $$"""{"msg":"{{msg}}","kdt_name":"墨鱼小课堂","test":false,"sign":"{{sign}}","sendCount":3,"type":"SCRM_CARD","version":1498810074,"client_id":"6cd25b3f99727975b5","mode":1,"kdt_id":164932,"id":"2omk5g63jgmvpa","status":"{{status}}"}""";

    public static string CustomerCardBody(string sign, string msg = CustomerCardMsg, string status = "CUSTOMER_TAKE_CARD")
        => $$"""{"msg":"{{msg}}","kdt_name":"墨鱼小课堂","test":false,"sign":"{{sign}}","sendCount":3,"type":"SCRM_CUSTOMER_CARD","version":1498810109,"client_id":"6cd25b3f99727975b5","mode":1,"kdt_id":164932,"id":"231820909057462930","status":"{{status}}"}""";

    public static string Sign(string msg, string secret = Secret) => YouzanSignature.Compute(ClientId, msg, secret);

    public static byte[] SignedCardBody(string secret = Secret, string status = "CREATE_CARD")
        => Encoding.UTF8.GetBytes(CardBody(Sign(CardMsg, secret), status: status));

    public static byte[] SignedCustomerCardBody(string secret = Secret, string status = "CUSTOMER_TAKE_CARD")
        => Encoding.UTF8.GetBytes(CustomerCardBody(Sign(CustomerCardMsg, secret), status: status));

    public static string EventSign(byte[] body, string secret = Secret) => YouzanSignature.Compute(ClientId, Encoding.UTF8.GetString(body), secret);

    public static YouzanPushVerifier Verifier(params string[] secrets)
        => new(ClientId, secrets.Length == 0 ? [Secret] : secrets);

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
