using MemberCards.Sdk.Testing.WeChatPay;
using MemberCards.Sdk.WeChatPay.Tests.Support;

namespace MemberCards.Sdk.WeChatPay.Tests.Integration;

public sealed class FamilyTests
{
    [Fact]
    public async Task Listing_a_users_cards_filters_pages_and_decrypts()
    {
        await using var harness = await Harness.PublicKeyModeAsync();
        var invalid = WeChatPayEmulator.SampleUserCard("478515832666");
        invalid["user_card_state"] = "INVALID";
        harness.Emulator.PutUserCard(invalid);

        var all = await harness.Client.ListUserCardsAsync(new ListUserCardsRequest { BrandId = "1004", OpenId = "obLatjnx9gnqzS4myYGmLZ7LgLBA", Limit = 1 });
        var effective = await harness.Client.ListUserCardsAsync(new ListUserCardsRequest { BrandId = "1004", OpenId = "obLatjnx9gnqzS4myYGmLZ7LgLBA", UserCardState = UserCardState.Effective });

        Assert.Equal(2, all.TotalCount);
        Assert.Equal(1, all.Limit);
        Assert.Equal("478515832665", Assert.Single(all.Data!).UserCardCode);
        Assert.Equal("13800138000", all.Data![0].PhoneNumber!.Reveal());
        Assert.Equal(1, effective.TotalCount);
        Assert.EndsWith("?brand_id=1004&openid=obLatjnx9gnqzS4myYGmLZ7LgLBA&user_card_state=EFFECTIVE&offset=0&limit=20", harness.Emulator.Host.Requests.Last().PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Confirming_an_opening_creates_the_card_with_encrypted_phone_number()
    {
        await using var harness = await Harness.CertificateModeAsync();

        var card = await harness.Client.ConfirmUserCardAsync(new ConfirmUserCardRequest
        {
            UserCardCode = "900000000001",
            BrandId = "1004",
            CardId = "pbLatjvWOibDc5-TBnbUk1pD12o0",
            OpenId = "oNew",
            UserCardConfirmState = UserCardConfirmState.CreateCardSuccess,
            PhoneNumber = SensitiveText.FromPlaintext("13600136000"),
        });

        Assert.Equal(UserCardState.Effective, card.UserCardState);
        Assert.Equal("13600136000", card.PhoneNumber!.Reveal());
        var request = harness.Emulator.Host.Requests.Single(r => r.Method == "POST");
        Assert.Equal("/v3/brand/partner/card-member/user-cards/900000000001/confirm", request.Path);
        Assert.Contains("\"user_card_confirm_state\":\"CREATE_CARD_SUCCESS\"", request.BodyText, StringComparison.Ordinal);
        Assert.Equal(harness.Emulator.CurrentPlatformKey.SerialNumber, request.Header("Wechatpay-Serial"));
        Assert.DoesNotContain("13600136000", request.BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalidating_a_card_sets_state_reason_and_time()
    {
        await using var harness = await Harness.PublicKeyModeAsync();

        var card = await harness.Client.InvalidateUserCardAsync(new InvalidateUserCardRequest
        {
            UserCardCode = "478515832665",
            BrandId = "1004",
            CardId = "pbLatjvWOibDc5-TBnbUk1pD12o0",
            OpenId = "obLatjnx9gnqzS4myYGmLZ7LgLBA",
            InvalidReason = "用户申请注销",
        });

        Assert.Equal(UserCardState.Invalid, card.UserCardState);
        Assert.Equal("用户申请注销", card.InvalidReason);
        Assert.NotNull(card.InvalidTime);
        var request = harness.Emulator.Host.Requests.Last();
        Assert.Equal("/v3/brand/partner/card-member/user-cards/478515832665/invalidate?brand_id=1004&card_id=pbLatjvWOibDc5-TBnbUk1pD12o0", request.PathAndQuery);
        Assert.Equal("""{"openid":"obLatjnx9gnqzS4myYGmLZ7LgLBA","invalid_reason":"用户申请注销"}""", request.BodyText);
    }

    [Fact]
    public async Task Card_templates_can_be_created_read_listed_updated_and_deleted()
    {
        await using var harness = await Harness.PublicKeyModeAsync();
        var client = harness.Client;

        var created = await client.CreateCardTemplateAsync(TemplateRequests.Diamond());
        Assert.False(string.IsNullOrEmpty(created.CardId));
        Assert.Equal("CARD_EFFECTIVE", created.State);
        Assert.Equal(CardType.Normal, created.CardType);

        var read = await client.GetCardTemplateAsync(new GetCardTemplateRequest { BrandId = "1004", CardId = created.CardId! });
        Assert.Equal("钻石会员卡", read.CardTitle);

        var updated = await client.UpdateCardTemplateAsync(new UpdateCardTemplateRequest { CardId = created.CardId!, BrandId = "1004", CardTitle = "黄金会员卡" });
        Assert.Equal("黄金会员卡", updated.CardTitle);
        Assert.Equal("#FFFF00", updated.CardColor);

        var page = await client.ListCardTemplatesAsync(new ListCardTemplatesRequest { BrandId = "1004" });
        Assert.Equal(created.CardId, Assert.Single(page.Data!).CardId);

        await client.DeleteCardTemplateAsync(new DeleteCardTemplateRequest { BrandId = "1004", CardId = created.CardId! });
        var gone = await Assert.ThrowsAsync<WeChatPayApiException>(() => client.GetCardTemplateAsync(new GetCardTemplateRequest { BrandId = "1004", CardId = created.CardId! }));
        Assert.Equal("RESOURCE_NOT_EXISTS", gone.ErrorCode);
        Assert.Equal($"/v3/brand/partner/card-member/cards/{created.CardId}?brand_id=1004", harness.Emulator.Host.Requests.Single(r => r.Method == "DELETE").PathAndQuery);
    }

    [Fact]
    public async Task Caller_bugs_are_argument_exceptions_before_anything_is_sent()
    {
        await using var harness = await Harness.PublicKeyModeAsync();

        await Assert.ThrowsAsync<MemberCardsValidationException>(() => harness.Client.ListUserCardsAsync(new ListUserCardsRequest { BrandId = "1004", OpenId = "o", Limit = 21 }));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => harness.Client.GetUserCardAsync(new GetUserCardRequest { UserCardCode = "", BrandId = "1", CardId = "c", OpenId = "o" }));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => harness.Client.CreateCardTemplateAsync(TemplateRequests.Diamond() with { BrandId = "" }));
        Assert.Empty(harness.Emulator.Host.Requests);
    }
}
