using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using MemberCards.Sdk.Testing;
using MemberCards.Sdk.WeChatPay.Tests.Support;

namespace MemberCards.Sdk.WeChatPay.Tests.Integration;

/// <summary>Requests that cannot work fail before anything is sent, naming the wire field once, never with a serializer exception.</summary>
public sealed class RequestErrorTests
{
    [Theory]
    [InlineData(nameof(UpdateUserCardRequest.UserCardCode))]
    [InlineData(nameof(UpdateUserCardRequest.CardId))]
    public void The_path_and_query_values_of_an_update_are_required_members(string property)
        => Assert.NotNull(typeof(UpdateUserCardRequest).GetProperty(property)!.GetCustomAttribute<RequiredMemberAttribute>());

    [Theory]
    [InlineData("", "c1", "user_card_code")]
    [InlineData("478515832665", "", "card_id")]
    public async Task A_missing_value_names_its_wire_field_once(string code, string cardId, string field)
    {
        await using var harness = await Harness.PublicKeyModeAsync();

        var error = await Assert.ThrowsAsync<MemberCardsValidationException>(() => harness.Client.UpdateUserCardAsync(new UpdateUserCardRequest { UserCardCode = code, CardId = cardId, BrandId = "1004", OpenId = "o1" }));

        Assert.Equal($"{field}: is required. (Parameter '{field}')", error.Message);
        Assert.Equal(field, error.FieldPath);
        Assert.Equal(WeChatPayConstants.ServiceName, error.Service);
        Assert.Empty(harness.Emulator.Host.Requests);
    }

    [Fact]
    public async Task Every_missing_value_of_every_call_names_its_field_once()
    {
        await using var harness = await Harness.PublicKeyModeAsync();
        var client = harness.Client;

        var messages = new[]
        {
            (await Assert.ThrowsAsync<MemberCardsValidationException>(() => client.GetUserCardAsync(new GetUserCardRequest { UserCardCode = "1", BrandId = "1004", CardId = "", OpenId = "o" }))).Message,
            (await Assert.ThrowsAsync<MemberCardsValidationException>(() => client.ListUserCardsAsync(new ListUserCardsRequest { BrandId = "1004", OpenId = "" }))).Message,
            (await Assert.ThrowsAsync<MemberCardsValidationException>(() => client.InvalidateUserCardAsync(new InvalidateUserCardRequest { BrandId = "1004", CardId = "c", OpenId = "o" }))).Message,
            (await Assert.ThrowsAsync<MemberCardsValidationException>(() => client.GetCardTemplateAsync(new GetCardTemplateRequest { BrandId = "1004", CardId = "" }))).Message,
            (await Assert.ThrowsAsync<MemberCardsValidationException>(() => client.DeleteCardTemplateAsync(new DeleteCardTemplateRequest { BrandId = "", CardId = "c" }))).Message,
            (await Assert.ThrowsAsync<MemberCardsValidationException>(() => client.ListCardTemplatesAsync(new ListCardTemplatesRequest { BrandId = "" }))).Message,
            (await Assert.ThrowsAsync<MemberCardsValidationException>(() => client.UpdateCardTemplateAsync(new UpdateCardTemplateRequest { CardId = "", BrandId = "1004" }))).Message,
            (await Assert.ThrowsAsync<MemberCardsValidationException>(() => client.UpdateCardTemplateAsync(new UpdateCardTemplateRequest { CardId = "c", CardTitle = "no brand" }))).Message,
            (await Assert.ThrowsAsync<MemberCardsValidationException>(() => client.UpdateCardTemplateAsync(new UpdateCardTemplateRequest { CardId = "c", BrandId = "1004", CardColor = "red" }))).Message,
            (await Assert.ThrowsAsync<MemberCardsValidationException>(() => client.ListCardTemplatesAsync(new ListCardTemplatesRequest { BrandId = "1004", Limit = 0 }))).ParamName!,
            (await Assert.ThrowsAsync<MemberCardsValidationException>(() => client.ListCardTemplatesAsync(new ListCardTemplatesRequest { BrandId = "1004", Offset = -1 }))).ParamName!,
        };

        Assert.Equal(
            [
                "card_id: is required. (Parameter 'card_id')",
                "openid: is required. (Parameter 'openid')",
                "user_card_code: is required. (Parameter 'user_card_code')",
                "card_id: is required. (Parameter 'card_id')",
                "brand_id: is required. (Parameter 'brand_id')",
                "brand_id: is required. (Parameter 'brand_id')",
                "card_id: is required. (Parameter 'card_id')",
                "brand_id: is required. (Parameter 'brand_id')",
                "card_color: must be #RRGGBB (a '#' and six hex digits), got 'red'. (Parameter 'card_color')",
                "limit",
                "offset",
            ],
            messages);
        Assert.Empty(harness.Emulator.Host.Requests);
    }

    [Fact]
    public async Task A_request_the_serializer_refuses_is_an_argument_exception_and_nothing_is_sent()
    {
        await using var harness = await Harness.PublicKeyModeAsync();
        var request = new UpdateUserCardRequest
        {
            UserCardCode = "478515832665",
            CardId = "pbLatjvWOibDc5-TBnbUk1pD12o0",
            BrandId = "1004",
            OpenId = "obLatjnx9gnqzS4myYGmLZ7LgLBA",
            UserInformation = new UserInformation { CommonFieldList = [new CommonField { Name = (UserFormField)12345 }] },
        };

        var error = await Assert.ThrowsAsync<MemberCardsValidationException>(() => harness.Client.UpdateUserCardAsync(request));

        Assert.IsType<JsonException>(error.InnerException);
        Assert.StartsWith("The UpdateUserCardRequest cannot be sent", error.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Emulator.Host.Requests);
    }

    [Fact]
    public async Task The_emulator_keeps_a_bounded_list_of_request_targets_and_clears_it()
    {
        await using var harness = await Harness.PublicKeyModeAsync();
        await harness.Client.GetUserCardAsync(Harness.SampleGet());
        Assert.Single(harness.Emulator.RequestTargets);

        harness.Emulator.ClearRequests();

        Assert.Empty(harness.Emulator.RequestTargets);
        Assert.Empty(harness.Emulator.Host.Requests);
        Assert.Equal(1024, Testing.WeChatPay.WeChatPayEmulator.MaxRecordedTargets);
        for (var i = 0; i < Testing.WeChatPay.WeChatPayEmulator.MaxRecordedTargets + 5; i++)
        {
            await harness.Client.ListCardTemplatesAsync(new ListCardTemplatesRequest { BrandId = "1004", Offset = i % 10, Limit = 1 });
        }

        Assert.Equal(Testing.WeChatPay.WeChatPayEmulator.MaxRecordedTargets, harness.Emulator.RequestTargets.Count);
        Assert.EndsWith($"offset={(Testing.WeChatPay.WeChatPayEmulator.MaxRecordedTargets + 4) % 10}&limit=1", harness.Emulator.RequestTargets[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_truncated_body_fault_on_a_204_answer_leaves_the_answer_alone()
    {
        await using var harness = await Harness.PublicKeyModeAsync();
        var created = await harness.Client.CreateCardTemplateAsync(TemplateRequests.Diamond());
        harness.Emulator.Host.Faults.Next(Fault.TruncatedBody());

        await harness.Client.DeleteCardTemplateAsync(new DeleteCardTemplateRequest { BrandId = "1004", CardId = created.CardId! });

        await Assert.ThrowsAsync<WeChatPayApiException>(() => harness.Client.GetCardTemplateAsync(new GetCardTemplateRequest { BrandId = "1004", CardId = created.CardId! }));
    }
}
