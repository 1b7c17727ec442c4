using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MemberCards.Sdk.Security;
using MemberCards.Sdk.Testing;
using MemberCards.Sdk.WeChatPay.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MemberCards.Sdk.WeChatPay.Tests.Integration;

/// <summary>
/// The partner card-member operations added for issue 21, each through DI against the emulator over real HTTP: the
/// method, target and exact body bytes on the wire (sensitive fields compared decrypted, with their
/// <c>Wechatpay-Serial</c>), and the typed result.
/// </summary>
public sealed partial class PartnerOperationTests
{
    private const string Family = "/v3/brand/partner/card-member";
    private const string CardId = "pbLatjvWOibDc5-TBnbUk1pD12o0";
    private const string OpenId = "obLatjnx9gnqzS4myYGmLZ7LgLBA";
    private const string Code = "478515832665";
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Invalidate_card_template_posts_the_brand_and_answers_the_invalid_template()
    {
        await using var harness = await Harness.PublicKeyModeAsync();
        var created = await harness.Client.CreateCardTemplateAsync(TemplateRequests.Diamond());
        harness.Emulator.ClearRequests();

        var invalid = await harness.Client.InvalidateCardTemplateAsync(new InvalidateCardTemplateRequest { CardId = created.CardId!, BrandId = "1004" });

        var request = Assert.Single(Sent(harness));
        Assert.Equal($"POST {Family}/cards/{created.CardId}/invalidate", $"{request.Method} {request.PathAndQuery}");
        Assert.Equal("""{"brand_id":"1004"}""", request.BodyText);
        Assert.Equal(created.CardId, invalid.CardId);
        Assert.Equal("CARD_INVALID", invalid.State);
    }

    [Fact]
    public async Task A_partner_create_sends_a_generated_out_request_no_and_the_same_request_again_answers_the_first_template()
    {
        await using var harness = await Harness.PublicKeyModeAsync();
        var create = TemplateRequests.Diamond();

        var created = await harness.Client.CreateCardTemplateAsync(create);
        var again = await harness.Client.CreateCardTemplateAsync(create);

        Assert.Matches("^[0-9a-f]{32}$", create.OutRequestNo);
        Assert.Equal(
            [$"POST {Family}/cards", $"POST {Family}/cards"],
            Sent(harness).Select(r => $"{r.Method} {r.PathAndQuery}"));
        Assert.All(Sent(harness), r => Assert.StartsWith($$"""{"out_request_no":"{{create.OutRequestNo}}","brand_id":"1004","appid":"wxea9c30a90fs8fa9f",""", r.BodyText, StringComparison.Ordinal));
        Assert.Equal(create.OutRequestNo, created.OutRequestNo);
        Assert.Equal(created.CardId, again.CardId);
        Assert.Equal(create.OutRequestNo, (string?)harness.Emulator.GetCardTemplate(created.CardId!)!["out_request_no"]);
        Assert.Equal(1, (await harness.Client.ListCardTemplatesAsync(new ListCardTemplatesRequest { BrandId = "1004" })).TotalCount);
    }

    [Theory]
    [InlineData(null, "out_request_no 不能为空")]
    [InlineData("\"\"", "out_request_no 不能为空")]
    [InlineData("\"has space\"", "out_request_no 格式错误")]
    [InlineData("42", "out_request_no 格式错误")]
    public async Task The_emulator_refuses_a_partner_create_without_a_valid_out_request_no(string? key, string message)
    {
        await using var harness = await Harness.StartAsync((e, o) => e.ConfigurePublicKeyMode(o), null, null, b => b.AddApi<IWeChatPayApi>(), null);
        var api = harness.Services.GetRequiredService<IWeChatPayClientFactory>().CreateApi<IWeChatPayApi>(string.Empty);
        var body = (key is null ? "{" : $$"""{"out_request_no":{{key}},""") + """{"brand_id":"1004","appid":"wxea9c30a90fs8fa9f","card_type":"NORMAL","card_title":"钻石会员卡","card_color":"#FFFF00","card_picture_url":"https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/0","code_mode":"SYSTEM_ALLOCATE","code_type":"BAR_CODE","benefits":"会员折扣、专属价","notify_url":"https://shop.example/notify","valid_date_information":{"type":"PERMANENT"}}"""[1..];

        var error = await Assert.ThrowsAsync<WeChatPayApiException>(() => api.CreateCardTemplateAsync(new StringContent(body, Encoding.UTF8, "application/json"), CancellationToken.None));

        Assert.Equal((400, "PARAM_ERROR"), (error.StatusCode, error.ErrorCode));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(body, Assert.Single(Sent(harness)).BodyText);
        Assert.Equal(0, (await harness.Client.ListCardTemplatesAsync(new ListCardTemplatesRequest { BrandId = "1004" })).TotalCount);
    }

    [Fact]
    public async Task Import_by_openid_encrypts_sensitive_fields_with_the_serial_and_answers_an_effective_card()
    {
        await using var harness = await Harness.PublicKeyModeAsync();
        var import = ImportRequests.ByOpenId() with
        {
            PickupTime = new DateTimeOffset(2020, 5, 20, 13, 29, 35, 120, TimeSpan.FromHours(8)),
            UserInformation = new UserInformation { CommonFieldList = [new CommonField { Name = UserFormField.Name, Value = SensitiveText.FromPlaintext("张三") }] },
        };

        var card = await harness.Client.ImportUserCardByOpenIdAsync(import);

        var request = Assert.Single(Sent(harness));
        Assert.Equal($"POST {Family}/user-cards/import-by-openid", $"{request.Method} {request.PathAndQuery}");
        Assert.Equal(
            $$$"""{"user_card_code":"900000000010","brand_id":"1004","card_id":"{{{CardId}}}","openid":"{{{OpenId}}}","phone_number":"13800138000","level":"金卡","pickup_time":"2020-05-20T13:29:35.12+08:00","user_information":{"common_field_list":[{"name":"USER_FORM_FLAG_NAME","value":"张三"}]}}""",
            Decrypted(request.BodyText, harness));
        Assert.DoesNotContain("13800138000", request.BodyText, StringComparison.Ordinal);
        Assert.Equal(harness.Emulator.PublicKeyId, request.Header("Wechatpay-Serial"));
        Assert.Equal("900000000010", card.UserCardCode);
        Assert.Equal(UserCardState.Effective, card.UserCardState);
        Assert.Equal("13800138000", card.PhoneNumber!.Reveal());
        Assert.Equal("张三", card.UserInformation!.CommonFieldList![0]!.Value!.Reveal());

        // Importing a card the user already holds fails: reconcile with an update instead.
        var again = await Assert.ThrowsAsync<WeChatPayApiException>(() => harness.Client.ImportUserCardByOpenIdAsync(import));
        Assert.Equal("RESOURCE_ALREADY_EXISTS", again.ErrorCode);
    }

    [Fact]
    public async Task Import_by_phone_is_sent_encrypted_and_refused_while_not_live()
    {
        await using var harness = await Harness.PublicKeyModeAsync();
        ImportUserCardByPhoneRequest Import(string code) => new()
        {
            UserCardCode = code,
            BrandId = "1004",
            CardId = CardId,
            PhoneNumber = SensitiveText.FromPlaintext("13900139000"),
        };

        var refused = await Assert.ThrowsAsync<WeChatPayApiException>(() => harness.Client.ImportUserCardByPhoneAsync(Import("900000000020")));
        harness.Emulator.ImportByPhoneLive = true;
        var card = await harness.Client.ImportUserCardByPhoneAsync(Import("900000000021"));

        var requests = Sent(harness);
        Assert.Equal(2, requests.Count);
        Assert.All(requests, r => Assert.Equal($"POST {Family}/user-cards/import-by-phone", $"{r.Method} {r.PathAndQuery}"));
        Assert.All(requests, r => Assert.Equal(harness.Emulator.PublicKeyId, r.Header("Wechatpay-Serial")));
        Assert.Equal("""{"user_card_code":"900000000020","brand_id":"1004","card_id":"pbLatjvWOibDc5-TBnbUk1pD12o0","phone_number":"13900139000"}""", Decrypted(requests[0].BodyText, harness));
        Assert.Equal((403, "NO_AUTH"), (refused.StatusCode, refused.ErrorCode));
        Assert.Equal("13900139000", card.PhoneNumber!.Reveal());
        Assert.Equal(UserCardState.Effective, card.UserCardState);
    }

    [Fact]
    public async Task Tokens_are_posted_and_read_with_their_lifetimes_and_a_pay_view_token_opens_once()
    {
        var time = new FakeTimeProvider(Start);
        await using var harness = await Harness.PublicKeyModeAsync(time: time);
        var who = new CreateMemberTokenRequest { BrandId = "1004", CardId = CardId, OpenId = OpenId };

        var preAuth = await harness.Client.CreatePreAuthTokenAsync(who);
        var payView = await harness.Client.CreatePayViewTokenAsync(who);

        var requests = Sent(harness);
        Assert.Equal([$"POST {Family}/pre-auth-tokens", $"POST {Family}/pay-view-tokens"], requests.Select(r => $"{r.Method} {r.PathAndQuery}"));
        Assert.All(requests, r => Assert.Equal($$"""{"brand_id":"1004","card_id":"{{CardId}}","openid":"{{OpenId}}"}""", r.BodyText));
        Assert.Equal(32, preAuth.Token!.Length);
        Assert.Equal(Start.AddHours(1), preAuth.ExpireTime);
        Assert.Equal(Start.AddMinutes(10), payView.ExpireTime);
        Assert.NotEqual(preAuth.Token, payView.Token);
        Assert.True(harness.Emulator.RedeemPayViewToken(payView.Token!));
        Assert.False(harness.Emulator.RedeemPayViewToken(payView.Token!));
    }

    [Fact]
    public async Task A_user_feed_gets_a_generated_out_request_no_kept_when_the_same_request_is_sent_again()
    {
        await using var harness = await Harness.PublicKeyModeAsync();
        var feed = new CreateUserFeedRequest { BrandId = "1004", CardId = CardId, UserCardCode = Code, OpenId = OpenId, Cell = "1_100" };

        var first = await harness.Client.CreateUserFeedAsync(feed);
        var key = feed.OutRequestNo;
        var second = await harness.Client.CreateUserFeedAsync(feed);

        Assert.NotNull(key);
        Assert.Matches(OutRequestNoShape(), key);
        Assert.InRange(key.Length, 1, 64);
        var expected = $$"""{"brand_id":"1004","card_id":"{{CardId}}","user_card_code":"{{Code}}","openid":"{{OpenId}}","out_request_no":"{{key}}","cell":"1_100"}""";
        var requests = Sent(harness);
        Assert.Equal([$"POST {Family}/user-feeds", $"POST {Family}/user-feeds"], requests.Select(r => $"{r.Method} {r.PathAndQuery}"));
        Assert.All(requests, r => Assert.Equal(expected, r.BodyText));
        Assert.Equal([expected, expected], harness.Emulator.UserFeeds);
        Assert.Equal((key, "1_100", Code), (first.OutRequestNo, first.Cell, first.UserCardCode));
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Generated_out_request_nos_differ_per_request_and_a_given_one_is_sent_as_is()
    {
        await using var harness = await Harness.PublicKeyModeAsync();
        SyncUserPointsRequest Sync(string? key) => new() { OutRequestNo = key, BrandId = "1004", CardId = CardId, OpenId = OpenId, UserCardCode = Code, PointBalance = 1 };
        var a = Sync(null);
        var b = Sync(null);
        var given = new string('k', 128);

        await harness.Client.SyncUserPointsAsync(a);
        await harness.Client.SyncUserPointsAsync(b);
        await harness.Client.SyncUserPointsAsync(Sync(given));

        Assert.NotEqual(a.OutRequestNo, b.OutRequestNo);
        Assert.All([a.OutRequestNo!, b.OutRequestNo!], k => Assert.Matches(OutRequestNoShape(), k));
        Assert.Equal([a.OutRequestNo, b.OutRequestNo, given], Sent(harness).Select(r => (string?)JsonNode.Parse(r.BodyText)!["out_request_no"]));
    }

    [Fact]
    public async Task Points_sync_sends_the_absolute_balance_and_reads_the_echo()
    {
        await using var harness = await Harness.PublicKeyModeAsync();

        var synced = await harness.Client.SyncUserPointsAsync(new SyncUserPointsRequest { OutRequestNo = "sync-20260101-1", BrandId = "1004", CardId = CardId, OpenId = OpenId, UserCardCode = Code, PointBalance = 1200 });

        var request = Assert.Single(Sent(harness));
        Assert.Equal($"POST {Family}/user-points/sync", $"{request.Method} {request.PathAndQuery}");
        Assert.Equal($$"""{"out_request_no":"sync-20260101-1","brand_id":"1004","card_id":"{{CardId}}","openid":"{{OpenId}}","user_card_code":"{{Code}}","point_balance":1200}""", request.BodyText);
        Assert.Equal(1200, synced.PointBalance);
        Assert.Equal("sync-20260101-1", synced.OutRequestNo);
        Assert.Equal(1200, harness.Emulator.GetPointBalance(Code));
    }

    [Fact]
    public async Task Exchange_confirm_sends_allow_or_reject_and_reads_the_state_and_coupon()
    {
        await using var harness = await Harness.PublicKeyModeAsync();
        var allowed = await harness.Client.ConfirmPointExchangeAsync(PointExchangeRequests.Confirm(PointExchangeResult.Allow));
        var rejected = await harness.Client.ConfirmPointExchangeAsync(PointExchangeRequests.Confirm(PointExchangeResult.Reject, "积分不足"));

        var requests = Sent(harness);
        Assert.All(requests, r => Assert.Equal($"POST {Family}/user-points/exchange-coupon/confirm", $"{r.Method} {r.PathAndQuery}"));
        Assert.Equal($$"""{"record_id":"rec-1","exchange_coupon_template_id":"tpl-1","brand_id":"1004","card_id":"{{CardId}}","openid":"{{OpenId}}","user_card_code":"{{Code}}","result":"POINT_EXCHANGE_COUPON_ALLOW"}""", requests[0].BodyText);
        Assert.Equal($$"""{"record_id":"rec-1","exchange_coupon_template_id":"tpl-1","brand_id":"1004","card_id":"{{CardId}}","openid":"{{OpenId}}","user_card_code":"{{Code}}","result":"POINT_EXCHANGE_COUPON_REJECT","reject_reason":"积分不足"}""", requests[1].BodyText);
        Assert.Equal(("POINT_EXCHANGE_COUPON_SUCCESS", PointExchangeResult.Allow, "EMUrec-1"), (allowed.State, allowed.Result, allowed.CouponCode));
        Assert.Equal(("POINT_EXCHANGE_COUPON_FAIL", PointExchangeResult.Reject, "积分不足"), (rejected.State, rejected.Result, rejected.RejectReason));
        Assert.Null(rejected.CouponCode);
    }

    [Fact]
    public async Task Membership_activities_create_once_per_out_request_no_then_list_get_patch_and_terminate()
    {
        await using var harness = await Harness.PublicKeyModeAsync();
        var begin = new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.FromHours(8));
        var create = new CreateMembershipActivityRequest
        {
            BrandId = "1004",
            CardId = CardId,
            Title = "入会享券",
            SubTitle = "5张满减券",
            BeginTime = begin,
            EndTime = begin.AddDays(28),
            ApplyTotal = 1000,
            ProductCouponStockList = [new ProductCouponStock { ProductCouponId = "1000000013", StockId = "98065001" }],
        };

        var created = await harness.Client.CreateMembershipActivityAsync(create);
        var replayed = await harness.Client.CreateMembershipActivityAsync(create);
        var page = await harness.Client.ListMembershipActivitiesAsync(new ListMembershipActivitiesRequest { BrandId = "1004", CardId = CardId, Offset = 0, Limit = 10 });
        var read = await harness.Client.GetMembershipActivityAsync(new GetMembershipActivityRequest { BrandId = "1004", ActivityId = created.ActivityId! });
        var patched = await harness.Client.UpdateMembershipActivityAsync(new UpdateMembershipActivityRequest { ActivityId = created.ActivityId!, BrandId = "1004", Title = "入会礼", SubTitle = "3张券", BeginTime = begin, EndTime = begin.AddDays(7) });
        var ended = await harness.Client.TerminateMembershipActivityAsync(new TerminateMembershipActivityRequest { ActivityId = created.ActivityId!, BrandId = "1004" });

        var id = created.ActivityId;
        var requests = Sent(harness);
        Assert.Equal(
            [
                $"POST {Family}/membership-activities",
                $"POST {Family}/membership-activities",
                $"GET {Family}/membership-activities?brand_id=1004&card_id={CardId}&offset=0&limit=10",
                $"GET {Family}/membership-activities/{id}?brand_id=1004",
                $"PATCH {Family}/membership-activities/{id}",
                $"POST {Family}/membership-activities/{id}/terminate",
            ],
            requests.Select(r => $"{r.Method} {r.PathAndQuery}"));
        var createJson = $$"""{"out_request_no":"{{create.OutRequestNo}}","brand_id":"1004","card_id":"{{CardId}}","activity_channel":"MECHANT_APP_COMPONENT","title":"入会享券","sub_title":"5张满减券","begin_time":"2026-02-01T00:00:00+08:00","end_time":"2026-03-01T00:00:00+08:00","apply_total":1000,"product_coupon_stock_list":[{"product_coupon_id":"1000000013","stock_id":"98065001"}]}""";
        Assert.Equal(createJson, requests[0].BodyText);
        Assert.Equal(createJson, requests[1].BodyText);
        Assert.Equal("""{"brand_id":"1004","title":"入会礼","sub_title":"3张券","begin_time":"2026-02-01T00:00:00+08:00","end_time":"2026-02-08T00:00:00+08:00"}""", requests[4].BodyText);
        Assert.Equal("""{"brand_id":"1004"}""", requests[5].BodyText);
        Assert.Matches(OutRequestNoShape(), create.OutRequestNo!);

        Assert.Equal(created.ActivityId, replayed.ActivityId);
        Assert.Equal(("MEMBERSHIP_ACTIVITY_CREATED", 1000L, 1000L), (created.ActivityState, created.ApplyTotal, created.ApplyAvailable));
        Assert.Equal(("98065001", begin.AddDays(28)), (created.ProductCouponStockList![0].StockId, created.EndTime));
        Assert.Equal(1, page.TotalCount);
        Assert.Equal(id, Assert.Single(page.Data!).ActivityId);
        Assert.Equal("入会享券", read.Title);
        Assert.Equal(("入会礼", begin.AddDays(7)), (patched.Title, patched.EndTime));
        Assert.Equal("MEMBERSHIP_ACTIVITY_TERMINATED", ended.ActivityState);
    }

    private static List<RecordedRequest> Sent(Harness harness) => [.. harness.Emulator.Host.Requests.Where(r => r.Path != "/v3/certificates")];

    /// <summary>The body with every RSA-2048 ciphertext (344 Base64 characters) replaced by its plain text.</summary>
    internal static string Decrypted(string body, Harness harness)
        => Ciphertext().Replace(body, m => "\"" + RsaOaep.Decrypt(harness.Emulator.PublicKey.Rsa, m.Groups[1].Value) + "\"");

    [GeneratedRegex("\"([A-Za-z0-9+/]{342}==|[A-Za-z0-9+/]{343}=|[A-Za-z0-9+/]{344})\"")]
    private static partial Regex Ciphertext();

    [GeneratedRegex("^[0-9A-Za-z_-]{1,128}$")]
    private static partial Regex OutRequestNoShape();
}
