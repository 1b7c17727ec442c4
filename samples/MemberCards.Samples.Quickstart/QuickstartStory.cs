using System.Text.Json.Nodes;
using MemberCards.Samples.WeChatPage;
using MemberCards.Sdk;
using MemberCards.Sdk.Erp;
using MemberCards.Sdk.Iot;
using MemberCards.Sdk.Iot.Mqtt;
using MemberCards.Sdk.Testing;
using MemberCards.Sdk.Testing.Iot;
using MemberCards.Sdk.Testing.WeChatPay;
using MemberCards.Sdk.WeChat;
using MemberCards.Sdk.WeChatPay;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MemberCards.Samples.Quickstart;

/// <summary>
/// The whole member-card story, from creating a WeChat card to an IoT customer, against the emulators (no
/// configuration) or the real services (a <c>MemberCards:&lt;Service&gt;</c> section each).
/// </summary>
public static class QuickstartStory
{
    private const int Steps = 12;
    private const string QrOuterStr = "quickstart";
    private const string PageOuterStr = "quickstart-page";

    public static async Task<QuickstartResult> RunAsync(IConfiguration configuration, TextWriter writer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(writer);
        var settings = QuickstartSettings.From(configuration);
        var output = new StoryOutput(writer, Steps);
        var wait = TimeSpan.FromSeconds(settings.WaitForEventsSeconds);

        output.Title("MemberCards.Sdk quickstart: one member card, five services");
        await using var emulators = await Emulators.StartAsync(configuration, cancellationToken);
        await using var host = await MerchantHost.StartAsync(configuration, emulators, settings, cancellationToken);
        emulators.SetWeChatCallback(host.Url("/wechat/events"));
        output.Line();
        output.Fact("WeChat", emulators.WeChat is null ? "real (MemberCards:WeChat)" : $"emulator at {emulators.WeChat.BaseAddress}");
        output.Fact("WeChat Pay", emulators.WeChatPay is null ? "real (MemberCards:WeChatPay)" : $"emulator at {emulators.WeChatPay.BaseAddress}");
        output.Fact("Youzan", emulators.Youzan is null ? "real (MemberCards:Youzan)" : "emulated pushes");
        output.Fact("ERP", emulators.Erp is null ? "real (MemberCards:Erp)" : $"emulator at {emulators.Erp.BaseAddress}");
        output.Fact("IoT", emulators.Iot is { } iotBroker ? $"emulator broker at mqtt://{iotBroker.Address}" : "real broker or bridge (MemberCards:Iot)");
        output.Fact("merchant endpoints", host.BaseAddress);

        await using var scope = host.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var wechat = services.GetRequiredService<IWeChatCardClient>();

        output.Step("Create a WeChat member card");
        var created = await wechat.CreateMemberCardAsync(new WeChatCreateMemberCardRequest { MemberCard = SampleCard.Create() }, cancellationToken);
        var cardId = created.CardId ?? throw new InvalidOperationException("WeChat returned no card_id.");
        output.Fact("card_id", cardId);

        output.Step("White-list the testers (unreviewed cards can be picked up by testers only)");
        // Against the emulator a second tester opens the web page; in the real WeChat whoever opens it is the visitor.
        string[] testers = emulators.WeChat is null ? [settings.TesterOpenId] : [settings.TesterOpenId, settings.PageVisitorOpenId];
        await wechat.SetTestWhiteListAsync(new WeChatSetTestWhiteListRequest { OpenIds = testers }, cancellationToken);
        output.Fact("tester openid", settings.TesterOpenId);
        if (emulators.WeChat is not null)
        {
            output.Fact("page visitor openid", settings.PageVisitorOpenId);
        }

        output.Step("Make the card's QR code");
        var qr = await wechat.CreateQrCodeAsync(WeChatCreateQrCodeRequest.ForCard(new WeChatQrCard { CardId = cardId, OuterStr = QrOuterStr }), cancellationToken);
        output.Fact("ticket", qr.Ticket);
        output.Fact("QR image", qr.ShowQrCodeUrl);

        output.Step("Receive the user_get_card event on /wechat/events (QR code)");
        if (emulators.WeChat is { } scanned)
        {
            await scanned.ScanQrCodeAsync(qr.Ticket!, settings.TesterOpenId, cancellationToken);
            output.Note("the tester scanned the QR code; WeChat pushed the event (safe mode, encrypted)");
        }
        else
        {
            output.Note($"scan the QR code with the tester's WeChat; waiting up to {wait.TotalSeconds:0} s for the push at {host.Url("/wechat/events")}");
        }

        var picked = await host.Inbox.UserGetCard(QrOuterStr).Task.WaitAsync(wait, cancellationToken);
        output.Fact("openid", picked.FromUserName);
        output.Fact("code", picked.UserCardCode);
        output.Fact("outer_str", picked.OuterStr);

        // Most merchants hand the card out from a web page: the host serves it, signs wx.config (jsapi_ticket) and the
        // card's cardExt for wx.addCard (api_ticket) for the page's URL; the page passes both to the JS-SDK, and WeChat
        // checks them. The tickets are cached like the token.
        output.Step("Hand the card out from the web page beside the QR code (wx.config + wx.addCard)");
        host.PageCard = new WeChatCardExtFields { CardId = cardId, OuterStr = PageOuterStr };
        var page = host.Url(AddCardPage.PagePath + "?from=quickstart");
        var signed = await PageVisitor.OpenAsync(page, host.PageScript, cancellationToken);
        var config = new WeChatJsConfig
        {
            AppId = (string)signed.Config["appId"]!,
            Timestamp = (long)signed.Config["timestamp"]!,
            NonceStr = (string)signed.Config["nonceStr"]!,
            Signature = (string)signed.Config["signature"]!,
        };
        var cardExt = (string)signed.CardList[0]!["cardExt"]!;
        output.Fact("page", page);
        output.Fact("wx.config", $"appId={config.AppId} timestamp={config.Timestamp} nonceStr={config.NonceStr} signature={config.Signature}");
        output.Fact("wx.addCard cardId", (string?)signed.CardList[0]!["cardId"]);
        output.Fact("wx.addCard cardExt", cardExt);
        string? tamperedAnswer = null;
        WeChatUserGetCardEvent? fromPage = null;
        if (emulators.WeChat is { } browsed)
        {
            // The emulator's stand-in wx script posts what the page passed to WeChat's side: first a copy whose cardExt
            // signature was tampered with (refused), then the page's own (both signatures verified, the card handed out).
            var tampered = await browsed.AddCardFromPageAsync(signed.Url, signed.Config, Tampered(signed.CardList), settings.PageVisitorOpenId, cancellationToken);
            tamperedAnswer = tampered.ErrMsg;
            output.Fact("tampered cardExt", $"{tampered.StatusCode} {tampered.ErrMsg}");
            var added = await browsed.AddCardFromPageAsync(signed.Url, signed.Config, signed.CardList, settings.PageVisitorOpenId, cancellationToken);
            if (!added.Succeeded)
            {
                throw new InvalidOperationException($"wx.addCard failed: {added.ErrMsg}: {added.Error}");
            }

            output.Fact("wx.addCard", $"{added.ErrMsg}: WeChat verified the wx.config and cardExt signatures and pushed the event");
            fromPage = await host.Inbox.UserGetCard(PageOuterStr).Task.WaitAsync(wait, cancellationToken);
            output.Fact("openid", fromPage.FromUserName);
            output.Fact("code", fromPage.UserCardCode);
            output.Fact("outer_str", fromPage.OuterStr);
        }
        else
        {
            output.Note($"open {page} in a white-listed tester's WeChat (its host must be a JS-SDK domain of the Official Account); its user_get_card arrives on {host.Url("/wechat/events")} with outer_str {PageOuterStr}");
        }

        output.Step("Activate the card with a membership number and 100 welcome points");
        var membershipNumber = "QS" + picked.UserCardCode;
        await wechat.ActivateMemberCardAsync(
            new WeChatActivateMemberCardRequest { CardId = picked.CardId, Code = picked.UserCardCode, MembershipNumber = membershipNumber, InitBonus = 100, InitBonusRecord = "开卡礼" },
            cancellationToken);
        output.Fact("membership_number", membershipNumber);
        output.Fact("bonus", 100);

        output.Step("Read the user card through WeChat Pay");
        var payCard = SeedWeChatPayCard(emulators, settings, picked);
        var wechatPay = services.GetRequiredService<IWeChatPayBrandCardClient>();
        var userCard = await wechatPay.GetUserCardAsync(
            new GetUserCardRequest { UserCardCode = payCard.Code, BrandId = settings.WeChatPayBrandId, CardId = payCard.CardId, OpenId = payCard.OpenId },
            cancellationToken);
        output.Fact("user_card_code", userCard.UserCardCode);
        output.Fact("state", userCard.UserCardState);
        output.Fact("level", userCard.Level);
        output.Fact("phone (decrypted)", Redaction.Phone(userCard.PhoneNumber?.Reveal()));

        output.Step("Update the user card through WeChat Pay (level up)");
        var updated = await wechatPay.UpdateUserCardAsync(
            new UpdateUserCardRequest { UserCardCode = payCard.Code, BrandId = settings.WeChatPayBrandId, CardId = payCard.CardId, OpenId = payCard.OpenId, Level = "金卡会员", Attach = membershipNumber },
            cancellationToken);
        output.Fact("level", updated.Level);

        output.Step("Receive a Youzan SCRM_CUSTOMER_CARD push on /youzan/push");
        if (emulators.Youzan is { } youzan)
        {
            var push = youzan.CustomerCardPush(membershipNumber, "quickstart-card", "CUSTOMER_CARD_TAKEN", settings.Mobile, 0, 0, DateTimeOffset.Now);
            var answer = await youzan.SendAsync(host.Url("/youzan/push"), push, cancellationToken);
            output.Note($"Youzan pushed the card pick-up; the endpoint answered {answer}");
        }
        else
        {
            output.Note($"waiting up to {wait.TotalSeconds:0} s for Youzan to push to {host.Url("/youzan/push")}");
        }

        var youzanCard = await host.Inbox.YouzanCustomerCard.Task.WaitAsync(wait, cancellationToken);
        output.Fact("status", youzanCard.Status);
        output.Fact("card_no", youzanCard.CardNo);
        output.Fact("mobile", Redaction.Phone(youzanCard.Mobile));

        output.Step("Sync the points to the ERP");
        var erp = services.GetRequiredService<IErpPointsClient>();
        var member = await erp.ChangeMemberPointsAsync(
            new MemberPointsChangeRequest
            {
                Mobile = youzanCard.Mobile ?? settings.Mobile,
                PointsChanges = 100,
                PointsDescription = "开卡礼",
                PointsRemaining = 100,
                PointsUsed = 0,
                Remark = "member card " + youzanCard.CardNo,
            },
            cancellationToken);
        output.Fact("ERP card_no", member.CardNo);
        output.Fact("level", member.Level?.ToString() ?? member.LevelText);
        output.Fact("state", member.State?.ToString() ?? member.StateText);

        output.Step("Handle an IoT customerAdd received over MQTT");
        if (emulators.Iot is { } broker)
        {
            var health = services.GetRequiredService<IotMqttHealthCheck>();
            while ((await health.CheckHealthAsync(new HealthCheckContext(), cancellationToken)).Status != HealthStatus.Healthy)
            {
                await Task.Delay(50, cancellationToken);
            }

            var message = new IotMessageBuilder().Add(new CustomerAddEvent { Id = 1090560337592619001, Name = "张三", Phone = youzanCard.Mobile ?? settings.Mobile, OpenId = picked.FromUserName });
            await broker.PublishAsync(settings.IotTopic, message, cancellationToken);
            output.Note($"the platform published on {settings.IotTopic}; the host's MQTT subscription receives it");
        }
        else
        {
            output.Note($"waiting up to {wait.TotalSeconds:0} s for a message from the broker (MemberCards:Iot:Mqtt) or a bridge posting to {host.Url("/iot/events")} (mapped when Quickstart:IotBridgeToken is set)");
        }

        var (customer, context) = await host.Inbox.IotCustomerAdd.Task.WaitAsync(wait, cancellationToken);
        output.Fact("topic", context.Topic);
        output.Fact("customer id", customer.Id);
        output.Fact("name", customer.Name);
        output.Fact("phone", Redaction.Phone(customer.Phone));

        output.Step("Done: the card was created, picked up, activated, synced and seen by every system");
        output.Line();
        return new QuickstartResult
        {
            CardId = cardId,
            PageUrl = signed.Url,
            PageConfig = config,
            PageCardExt = cardExt,
            PageTamperedCardExtAnswer = tamperedAnswer,
            PageUserCardCode = fromPage?.UserCardCode,
            UserCardCode = picked.UserCardCode,
            MembershipNumber = membershipNumber,
            WeChatPayLevel = updated.Level,
            YouzanCardNo = youzanCard.CardNo,
            ErpCardNo = member.CardNo,
            IotCustomerId = customer.Id,
        };
    }

    /// <summary>A copy of <paramref name="cardList"/> whose first cardExt signature has one hex digit changed.</summary>
    private static JsonArray Tampered(JsonArray cardList)
    {
        var copy = cardList.DeepClone().AsArray();
        var ext = JsonNode.Parse((string)copy[0]!["cardExt"]!)!;
        var signature = (string)ext["signature"]!;
        ext["signature"] = (signature[0] == '0' ? "1" : "0") + signature[1..];
        copy[0]!["cardExt"] = ext.ToJsonString();
        return copy;
    }

    private static (string Code, string CardId, string OpenId) SeedWeChatPayCard(Emulators emulators, QuickstartSettings settings, WeChatUserGetCardEvent picked)
    {
        if (emulators.WeChatPay is not { } emulator)
        {
            return (
                settings.WeChatPayUserCardCode ?? throw new InvalidOperationException("Set Quickstart:WeChatPayUserCardCode to read a real WeChat Pay user card."),
                settings.WeChatPayCardId ?? throw new InvalidOperationException("Set Quickstart:WeChatPayCardId to read a real WeChat Pay user card."),
                settings.TesterOpenId);
        }

        var card = WeChatPayEmulator.SampleUserCard(picked.UserCardCode!);
        card["card_id"] = picked.CardId;
        card["openid"] = settings.TesterOpenId;
        card["brand_id"] = settings.WeChatPayBrandId;
        card["phone_number"] = settings.Mobile;
        card["level"] = "银卡会员";
        emulator.PutUserCard(card);
        return (picked.UserCardCode!, picked.CardId!, settings.TesterOpenId);
    }
}
