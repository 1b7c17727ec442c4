using MemberCards.Sdk.WeChat.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.WeChat.Tests.Integration;

/// <summary>Seed 003: token, card/create, white-list, QR, user_get_card, activate, updateuser, all through DI against the emulator.</summary>
public sealed class SeedFlowTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_whole_member_card_flow_of_the_seed_works_end_to_end(bool encryptedPushes)
    {
        await using var callback = await CallbackServer.StartAsync();
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync(configure: o =>
        {
            o.CallbackUrl = callback.Url;
            o.EncryptPushes = encryptedPushes;
        });
        await using var sdk = WeChatTestHosts.Build(emulator);
        callback.Sdk = sdk;
        var client = sdk.GetRequiredService<IWeChatCardClient>();

        var logo = await client.UploadImageAsync(new WeChatUploadImageRequest { FileName = "logo.png", Content = new byte[] { 0x89, 0x50, 0x4E, 0x47, 1, 2, 3 } });
        Assert.StartsWith("http://mmbiz.qpic.cn/", logo.Url, StringComparison.Ordinal);

        var created = await client.CreateMemberCardAsync(new WeChatCreateMemberCardRequest { MemberCard = WithLogo(logo.Url!) });
        Assert.StartsWith("p", created.CardId, StringComparison.Ordinal);

        await client.SetTestWhiteListAsync(new WeChatSetTestWhiteListRequest { OpenIds = ["oTester0001"], UserNames = ["tester_wx"] });
        Assert.Equal(["oTester0001", "tester_wx"], emulator.WhiteList(WeChatTestHosts.AppId));

        var qr = await client.CreateQrCodeAsync(WeChatCreateQrCodeRequest.ForCard(new WeChatQrCard { CardId = created.CardId, OuterStr = "seed-003" }, expireSeconds: 1800));
        Assert.Equal(1800, qr.ExpireSeconds);
        Assert.StartsWith("https://mp.weixin.qq.com/cgi-bin/showqrcode?ticket=", qr.ShowQrCodeUrl, StringComparison.Ordinal);
        using (var image = await new HttpClient().GetAsync(WeChatQrCodeImage.UrlFor(qr.Ticket!, new Uri(emulator.BaseAddress, "cgi-bin/showqrcode"))))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, image.StatusCode);
        }

        var (member, push) = await emulator.ScanQrCodeAsync(qr.Ticket!, "oTester0001");
        Assert.Equal(200, push.CallbackStatus);
        Assert.Equal(string.Empty, push.CallbackResponse);
        Assert.Equal(encryptedPushes, push.Query.Contains("encrypt_type=aes", StringComparison.Ordinal));
        var got = Assert.IsType<WeChatUserGetCardEvent>(Assert.Single(callback.Handled));
        Assert.Equal(created.CardId, got.CardId);
        Assert.Equal(member.Code, got.UserCardCode);
        Assert.Equal("oTester0001", got.FromUserName);
        Assert.Equal("seed-003", got.OuterStr);

        await client.ActivateMemberCardAsync(new WeChatActivateMemberCardRequest
        {
            CardId = got.CardId,
            Code = got.UserCardCode,
            MembershipNumber = "M" + got.UserCardCode,
            InitBonus = 100,
            InitBonusRecord = "开卡赠送",
            InitBalance = 0,
            InitCustomFieldValue1 = "白金",
        });

        var updated = await client.UpdateMemberAsync(new WeChatUpdateMemberRequest
        {
            CardId = got.CardId,
            Code = got.UserCardCode,
            AddBonus = 50,
            RecordBonus = "消费50元",
            AddBalance = 1000,
            NotifyOptional = new WeChatNotifyOptional { IsNotifyBonus = true, IsNotifyBalance = false },
        });
        Assert.EndsWith(""","add_bonus":50,"record_bonus":"消费50元","add_balance":1000,"notify_optional":{"is_notify_bonus":true,"is_notify_balance":false}}""",
            Assert.Single(emulator.Requests, r => r.Path == "/card/membercard/updateuser").BodyText, StringComparison.Ordinal);
        Assert.Equal(150, updated.ResultBonus);
        Assert.Equal(1000, updated.ResultBalance);
        Assert.Equal("oTester0001", updated.OpenId);

        var info = await client.GetMemberInfoAsync(new WeChatGetMemberInfoRequest { CardId = got.CardId, Code = got.UserCardCode });
        Assert.Equal("M" + got.UserCardCode, info.MembershipNumber);
        Assert.Equal(150, info.Bonus);
        Assert.Equal(WeChatUserCardStatus.Normal, info.UserCardStatus);
        Assert.True(info.HasActive);

        // On the wire: one token request for the whole flow, the token on every card call, the body WeChat accepts.
        Assert.Equal(1, emulator.TokenRequestCount());
        var create = Assert.Single(emulator.Requests, r => r.Path == "/card/create");
        Assert.Contains("access_token=", create.Query, StringComparison.Ordinal);
        Assert.Contains("\"supply_balance\":false", create.BodyText, StringComparison.Ordinal);
        Assert.Contains("\"title\":\"海底捞会员卡\"", create.BodyText, StringComparison.Ordinal);
        Assert.Contains("\"code_type\":\"CODE_TYPE_TEXT\"", create.BodyText, StringComparison.Ordinal);
        Assert.StartsWith("application/json", create.Header("Content-Type"), StringComparison.Ordinal);
        var activate = Assert.Single(emulator.Requests, r => r.Path == "/card/membercard/activate");
        Assert.Equal($$"""{"membership_number":"M{{got.UserCardCode}}","code":"{{got.UserCardCode}}","card_id":"{{got.CardId}}","init_bonus":100,"init_bonus_record":"开卡赠送","init_balance":0,"init_custom_field_value1":"白金"}""", activate.BodyText);
        var upload = Assert.Single(emulator.Requests, r => r.Path == "/cgi-bin/media/uploadimg");
        Assert.StartsWith("multipart/form-data", upload.Header("Content-Type"), StringComparison.Ordinal);
        Assert.Matches("^multipart/form-data; boundary=[^\"]+$", upload.Header("Content-Type"));
        Assert.Contains("Content-Disposition: form-data; name=\"buffer\"; filename=\"logo.png\"", upload.BodyText, StringComparison.Ordinal);
        Assert.DoesNotContain("filename*", upload.BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_retried_push_reaches_the_handler_once()
    {
        await using var callback = await CallbackServer.StartAsync();
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync(configure: o => o.CallbackUrl = callback.Url);
        await using var sdk = WeChatTestHosts.Build(emulator);
        callback.Sdk = sdk;
        var client = sdk.GetRequiredService<IWeChatCardClient>();
        var created = await client.CreateMemberCardAsync(new WeChatCreateMemberCardRequest { MemberCard = SampleCards.Valid() });
        await client.SetTestWhiteListAsync(new WeChatSetTestWhiteListRequest { OpenIds = ["oRetry"] });
        var qr = await client.CreateQrCodeAsync(WeChatCreateQrCodeRequest.ForCard(new WeChatQrCard { CardId = created.CardId }));

        var (_, push) = await emulator.ScanQrCodeAsync(qr.Ticket!, "oRetry");
        var again = await emulator.ResendAsync(push);
        var third = await emulator.ResendAsync(push);

        Assert.Equal((200, 200, 200), (push.CallbackStatus, again.CallbackStatus, third.CallbackStatus));
        Assert.Single(callback.Handled);
    }

    [Fact]
    public async Task A_push_signed_with_another_token_is_rejected_and_not_handled()
    {
        await using var callback = await CallbackServer.StartAsync();
        await using var emulator = await WeChatTestHosts.StartEmulatorAsync(configure: o => o.CallbackUrl = callback.Url);
        await using var sdk = WeChatTestHosts.Build(emulator, o => o.PushToken = "a-different-token");
        callback.Sdk = sdk;

        var push = await emulator.PushEventAsync(WeChatTestHosts.AppId, "user_view_card", "oUser", [("CardId", "pCard"), ("UserCardCode", "123")]);

        Assert.Equal(401, push.CallbackStatus);
        Assert.Empty(callback.Handled);
        Assert.Contains("signature does not match", Assert.Single(callback.Rejections), StringComparison.Ordinal);
    }

    private static WeChatMemberCard WithLogo(string logo)
    {
        var sample = SampleCards.Valid();
        var b = sample.BaseInfo!;
        return new WeChatMemberCard
        {
            BaseInfo = new WeChatCardBaseInfo
            {
                LogoUrl = logo,
                BrandName = b.BrandName,
                CodeType = b.CodeType,
                Title = b.Title,
                Color = b.Color,
                Notice = b.Notice,
                Description = b.Description,
                DateInfo = b.DateInfo,
                Sku = b.Sku,
            },
            SupplyBonus = sample.SupplyBonus,
            SupplyBalance = sample.SupplyBalance,
            Prerogative = sample.Prerogative,
            WxActivate = sample.WxActivate,
            CustomField1 = sample.CustomField1,
            BonusRule = sample.BonusRule,
        };
    }
}
