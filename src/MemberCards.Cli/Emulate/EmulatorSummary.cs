using MemberCards.Sdk.Testing;
using MemberCards.Sdk.Testing.Erp;
using MemberCards.Sdk.Testing.Iot;
using MemberCards.Sdk.Testing.WeChatPay;

namespace MemberCards.Cli.Emulate;

/// <summary>Prints, per emulated service, its base address and the settings a client must use (paths to key files, never keys).</summary>
internal static class EmulatorSummary
{
    public static void Write(TextWriter output, EmulatorSuite suite, EmulatorCredentials credentials, EmulatorFiles files, IotMqttBroker? iot = null, string? portsFile = null)
    {
        var baseAddress = suite.BaseAddress.ToString();
        var pay = suite.WeChatPay;

        output.WriteLine("WeChat (Official Account member cards)");
        Row(output, "WeChat:BaseAddress", baseAddress);
        Row(output, "WeChat:AppId", credentials.WeChatAppId);
        Row(output, "WeChat:AppSecret", credentials.WeChatAppSecret);
        Row(output, "routes", "POST /cgi-bin/stable_token, GET /cgi-bin/token, POST /card/...");
        output.WriteLine();

        var brand = suite.Callbacks.WeChatPayBrand;
        output.WriteLine(brand ? "WeChat Pay (brand member cards, brand-direct family)" : "WeChat Pay (APIv3 brand member cards)");
        Row(output, "WeChatPay:BaseAddress", baseAddress);
        if (brand)
        {
            Row(output, "WeChatPay:Family", "Brand");
            Row(output, "WeChatPay:BrandId", WeChatPayEmulator.BrandId);
        }
        else
        {
            Row(output, "WeChatPay:MerchantId", pay.MerchantId);
        }

        Row(output, "WeChatPay:CertificateSerialNumber", pay.MerchantKey.SerialNumber);
        Row(output, "WeChatPay:PrivateKeyPath", files.MerchantPrivateKey);
        Row(output, "WeChatPay:ApiV3Key", $"in {files.ApiV3Key}");
        Row(output, "WeChatPay:PublicKeyId", pay.PublicKeyId);
        Row(output, "WeChatPay:PublicKey", $"in {files.PublicKey}");
        Row(output, "platform certificate", $"{pay.CurrentPlatformKey.SerialNumber} in {files.PlatformCertificate}");
        Row(output, "routes", brand ? "/brand/card-member/... (WECHATPAY-BRAND-SHA256-RSA2048; Wechatpay-Serial PUB_KEY_ID_... on every request)" : "GET /v3/certificates, /v3/brand/partner/card-member/...");
        output.WriteLine();

        output.WriteLine("ERP (member points)");
        Row(output, "Erp:BaseAddress", baseAddress);
        Row(output, "routes", $"POST {ErpEmulator.Path} (no authentication)");
        output.WriteLine();

        if (iot is not null)
        {
            output.WriteLine("IoT (customer/company events over MQTT)");
            Row(output, "Iot:Mqtt:Server", IotMqttBroker.Host);
            Row(output, "Iot:Mqtt:Port", iot.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Row(output, "broker", $"mqtt://{iot.Address} (MQTT 5, no credentials); each subscription gets the seed's events on {IotSamples.Topic}");
            output.WriteLine();
        }
        output.WriteLine("Inbound (your host's endpoints; the emulator sends, you receive)");
        Row(output, "WeChat:PushToken", suite.WeChatPushToken);
        Row(output, "Youzan:ClientId", suite.Callbacks.YouzanClientId);
        Row(output, "Youzan:ClientSecret", suite.Callbacks.YouzanClientSecret);
        Row(output, "WeChat event pushes to", suite.WeChatCallbackUrl?.ToString() ?? "(none: --wechat-callback URL)");
        Row(output, "WeChat Pay notifications to", suite.Callbacks.WeChatPay?.ToString() ?? "(none: --wechatpay-callback URL)");
        Row(output, "Youzan pushes to", suite.Callbacks.Youzan?.ToString() ?? "(none: --youzan-callback URL)");
        Row(output, "a user picks a WeChat card up", $"curl -X POST '{baseAddress}_emulator/wechat/pick-up?ticket=TICKET&openid=o1' (or card_id=CARD_ID): issues a code and pushes user_get_card with it");
        Row(output, "approve a WeChat card", $"curl -X POST '{baseAddress}_emulator/wechat/cards/CARD_ID/approve'");
        Row(output, "a WeChat Pay payment (支付即会员)", $"curl -X POST '{baseAddress}_emulator/wechat/pay?mchid=MCH_ID&openid=o1&amount=2500' (fen): a card/paygiftcard rule that fits issues its card and pushes user_pay_from_pay_cell and user_get_card");
        Row(output, "a user writes to the account", $"curl -X POST '{baseAddress}_emulator/wechat/interactions?openid=o1': opens the 48-hour window for customer-service messages (cgi-bin/message/custom/send)");
        Row(output, "send any WeChat event", $"curl -X POST '{baseAddress}_emulator/wechat/events/user_view_card?openid=o1&CardId=CARD_ID&UserCardCode=CODE'");
        Row(output, "send a WeChat Pay notification", $"curl -X POST '{baseAddress}_emulator/wechatpay/notifications/{(brand ? "BRAND_MEMBER_CARD" : "BRAND_MEMBER_CARD_SP")}.USER_CARD.CREATE?code=CODE'{(brand ? " (brand-signed, any generation)" : string.Empty)}");
        Row(output, "seed a WeChat Pay user card", $"curl -X PUT '{baseAddress}_emulator/wechatpay/user-cards/CODE?card_id=pCARD'");
        Row(output, "send a Youzan push", $"curl -X POST '{baseAddress}_emulator/youzan/pushes/SCRM_CUSTOMER_CARD?status=CUSTOMER_CARD_TAKEN'");
        Row(output, "request log", $"curl '{baseAddress}_emulator/requests'");
        output.WriteLine();

        output.WriteLine($"Every setting above, as configuration for AddMemberCards: {files.AppSettings} (section MemberCards)");
        if (portsFile is not null)
        {
            output.WriteLine($"Ports kept for the next start with this --out folder: {portsFile}");
        }

        output.WriteLine($"Listening on {baseAddress}; press Ctrl+C to stop.");
        output.Flush();
    }

    private static void Row(TextWriter output, string name, string value) => output.WriteLine($"  {name,-34} {value}");
}
