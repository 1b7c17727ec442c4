using System.Text.Json.Nodes;
using MemberCards.Sdk.WeChatPay.Tests.Support;

namespace MemberCards.Sdk.WeChatPay.Tests.Integration;

/// <summary>
/// Issue 21, nothing lost: what a template is created with comes back typed on get and list, in both families, through
/// DI against the emulator over real HTTP (the purchase information and the join form included).
/// </summary>
public sealed class TemplateAnswerTests
{
    private static CreateCardTemplateRequest Full() => TemplateRequests.Full("1004_20251122_0042");

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Every_field_set_on_create_comes_back_on_create_get_and_list(bool brand)
    {
        await using var harness = brand ? await BrandFamilyTests.BrandAsync() : await Harness.PublicKeyModeAsync();
        var request = Full();

        var created = await harness.Client.CreateCardTemplateAsync(request);
        var got = await harness.Client.GetCardTemplateAsync(new GetCardTemplateRequest { CardId = created.CardId!, BrandId = "1004" });
        var listed = Assert.Single((await harness.Client.ListCardTemplatesAsync(new ListCardTemplatesRequest { BrandId = "1004" })).Data!);

        foreach (var template in new[] { created, got, listed })
        {
            Assert.Equal(created.CardId, template.CardId);
            Assert.Equal(request.OutRequestNo, template.OutRequestNo);
            Assert.Equal(request.CodeType, template.CodeType);
            Assert.Equal(request.CodeJumpInformation, template.CodeJumpInformation);
            Assert.Equal(request.Benefits, template.Benefits);
            Assert.True(template.NeedPinned);
            Assert.True(template.NeedDisplayLevel);
            Assert.Equal(request.InitLevel, template.InitLevel);
            Assert.Equal(request.ServicePhone, template.ServicePhone);
            Assert.Equal(request.LegalAgreement, template.LegalAgreement);
            Assert.Equal(365, template.ValidDateInformation!.AvailableDayAfterReceive);
            Assert.Equal(request.MemberInformation, template.MemberInformation);
            Assert.Equal(request.PointsInformation, template.PointsInformation);
            Assert.Equal(request.BalanceInformation, template.BalanceInformation);
            Assert.Equal(request.PurchaseInformation, template.PurchaseInformation);
            Assert.Equal(request.UserInformation!.CommonFieldList!, template.UserInformation!.CommonFieldList!);
            Assert.Null(template.UserInformation.CustomFieldList);
        }
    }

    [Fact]
    public async Task The_join_form_and_purchase_information_of_a_stored_template_are_read_typed()
    {
        await using var harness = await Harness.PublicKeyModeAsync();
        var id = harness.Emulator.AddCardTemplate(JsonNode.Parse("""
            {"brand_id":"1004","card_title":"钻石会员卡","purchase_information":{"price":9900,"jump_appid":"wxea9c30a90fs8d3fe","jump_path":"/pages/buy/buy"},
             "user_information":{"common_field_list":["USER_FORM_FLAG_NAME"],"custom_field_list":[{"type":"RADIO","name":"口味","values":["甜","咸"]}]}}
            """)!.AsObject());

        var got = await harness.Client.GetCardTemplateAsync(new GetCardTemplateRequest { CardId = id, BrandId = "1004" });

        Assert.Equal(new CardPurchaseInformation { Price = 9900, JumpAppId = "wxea9c30a90fs8d3fe", JumpPath = "/pages/buy/buy" }, got.PurchaseInformation);
        Assert.Equal(["USER_FORM_FLAG_NAME"], got.UserInformation!.CommonFieldList!);
        var field = Assert.Single(got.UserInformation.CustomFieldList!);
        Assert.Equal(("RADIO", "口味"), (field.Type, field.Name));
        Assert.Equal(["甜", "咸"], field.Values!);
    }
}
