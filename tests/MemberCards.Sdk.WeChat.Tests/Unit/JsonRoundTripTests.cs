using System.Text.Json;
using MemberCards.Sdk.WeChat.Tests.Support;

namespace MemberCards.Sdk.WeChat.Tests.Unit;

/// <summary>Issue 12 item 9: every WeChat request and response is plain data that round-trips through System.Text.Json with the SDK's public options.</summary>
public sealed class JsonRoundTripTests
{
    public static TheoryData<Type> RequestAndResponseTypes()
    {
        var data = new TheoryData<Type>();
        foreach (var type in typeof(IWeChatCardClient).Assembly.GetExportedTypes()
                     .Where(t => t.IsClass && !t.IsAbstract && (t.Name.EndsWith("Request", StringComparison.Ordinal) || t.Name.EndsWith("Response", StringComparison.Ordinal)))
                     .OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            data.Add(type);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RequestAndResponseTypes))]
    public void Every_request_and_response_type_is_known_to_the_public_options(Type type)
        => Assert.True(WeChatJson.SerializerOptions.TryGetTypeInfo(type, out _), $"{type.Name} has no JSON metadata in WeChatJson.SerializerOptions");

    [Fact]
    public void A_create_member_card_request_round_trips_byte_for_byte()
    {
        var request = new WeChatCreateMemberCardRequest { MemberCard = CardCreateSerializationTests.OfficialModel() };

        var json = JsonSerializer.Serialize(request, WeChatJson.SerializerOptions);
        var back = JsonSerializer.Deserialize<WeChatCreateMemberCardRequest>(json, WeChatJson.SerializerOptions)!;

        Assert.StartsWith("{\"member_card\":{", json, StringComparison.Ordinal);
        Assert.Equal(json, JsonSerializer.Serialize(back, WeChatJson.SerializerOptions));
        Assert.Equal(request.MemberCard.BaseInfo!.Title, back.MemberCard.BaseInfo!.Title);
    }

    [Fact]
    public void Requests_and_responses_of_every_family_round_trip()
    {
        object[] samples =
        [
            new WeChatSetTestWhiteListRequest { OpenIds = ["o1"], UserNames = ["weixin-id"] },
            WeChatCreateQrCodeRequest.ForCard(new WeChatQrCard { CardId = "pCard", OuterStr = "store-1" }, 1800),
            new WeChatActivateMemberCardRequest { CardId = "pCard", Code = "123", MembershipNumber = "M123", InitBonus = 10 },
            new WeChatUpdateMemberRequest { CardId = "pCard", Code = "123", AddBonus = -5, RecordBonus = "兑换" },
            new WeChatUpdateCardRequest { CardId = "pCard", MemberCard = SampleCards.Valid() },
            new WeChatUploadImageRequest { FileName = "logo.png", Content = new byte[] { 0x89, 0x50, 0x4E, 0x47 } },
            new WeChatGetCodeRequest { Code = "123", CardId = "pCard" },
            new WeChatMakeCodeUnavailableRequest { Code = "123", CardId = "pCard" },
        ];

        foreach (var sample in samples)
        {
            var json = JsonSerializer.Serialize(sample, sample.GetType(), WeChatJson.SerializerOptions);
            var back = JsonSerializer.Deserialize(json, sample.GetType(), WeChatJson.SerializerOptions)!;
            Assert.Equal(json, JsonSerializer.Serialize(back, sample.GetType(), WeChatJson.SerializerOptions));
        }
    }

    [Fact]
    public void A_response_read_from_the_wire_round_trips()
    {
        const string wire = """{"errcode":0,"errmsg":"ok","openid":"o1","nickname":"小王","membership_number":"M1","bonus":100,"balance":0,"user_card_status":"NORMAL"}""";

        var read = JsonSerializer.Deserialize<WeChatGetMemberInfoResponse>(wire, WeChatJson.SerializerOptions)!;
        var json = JsonSerializer.Serialize(read, WeChatJson.SerializerOptions);

        Assert.Equal(json, JsonSerializer.Serialize(JsonSerializer.Deserialize<WeChatGetMemberInfoResponse>(json, WeChatJson.SerializerOptions), WeChatJson.SerializerOptions));
        Assert.Contains("\"nickname\":\"小王\"", json, StringComparison.Ordinal);
    }
}
