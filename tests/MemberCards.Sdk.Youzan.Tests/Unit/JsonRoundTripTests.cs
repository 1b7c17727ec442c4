using System.Text;
using System.Text.Json;
using MemberCards.Sdk.TestHosts;
using MemberCards.Sdk.Youzan.Tests.Support;

namespace MemberCards.Sdk.Youzan.Tests.Unit;

/// <summary>Issue 18: every Youzan push and event round-trips through <see cref="YouzanJson.SerializerOptions"/>, bytes and values.</summary>
public sealed class JsonRoundTripTests
{
    private static readonly DateTimeOffset Time = new(2017, 6, 30, 16, 7, 54, TimeSpan.FromHours(8));

    public static TheoryData<Type> ModelTypes => JsonRoundTrip.ModelTypes(typeof(YouzanPush).Assembly, YouzanJson.SerializerOptions);

    [Fact]
    public void The_public_options_are_read_only_and_know_every_push_and_event()
    {
        Assert.True(YouzanJson.SerializerOptions.IsReadOnly);
        Assert.Equal([typeof(YouzanCardEvent), typeof(YouzanCustomerCardEvent), typeof(YouzanPush)], JsonRoundTrip.Models(typeof(YouzanPush).Assembly, YouzanJson.SerializerOptions));
    }

    [Theory]
    [MemberData(nameof(ModelTypes))]
    public void Every_model_has_a_complete_sample_that_round_trips(Type type)
    {
        var sample = Assert.Single(Samples(), s => s.GetType() == type);

        JsonRoundTrip.AssertEveryPropertySet(sample, YouzanJson.SerializerOptions);
        JsonRoundTrip.AssertWireUnchanged(JsonRoundTrip.AssertRoundTrips(sample, YouzanJson.SerializerOptions), type);
    }

    [Fact]
    public void A_published_push_round_trips_and_its_json_reads_back_through_the_parser()
    {
        var push = YouzanPushParser.Parse(YouzanSamples.SignedCardBody());

        var json = JsonRoundTrip.AssertRoundTrips(push, YouzanJson.SerializerOptions);
        var reparsed = YouzanPushParser.Parse(Encoding.UTF8.GetBytes(json));

        Assert.Contains("\"kdt_name\":\"墨鱼小课堂\"", json, StringComparison.Ordinal);
        Assert.Equal(push.ToString(), reparsed.ToString());
        Assert.Equal(push.RawMessage, reparsed.RawMessage);
        Assert.Equal(push.Sign, reparsed.Sign);
    }

    [Theory]
    [InlineData("CREATE_CARD")]
    [InlineData("NOT_A_STATUS_YET")]
    public void A_published_card_event_round_trips_whatever_its_status(string status)
    {
        var cardEvent = YouzanCardEvent.From(YouzanPushParser.Parse(YouzanSamples.SignedCardBody(status: status)));

        var json = JsonRoundTrip.AssertRoundTrips(cardEvent, YouzanJson.SerializerOptions);
        var back = JsonSerializer.Deserialize<YouzanCardEvent>(json, YouzanJson.SerializerOptions)!;

        Assert.Equal(cardEvent.Status, back.Status);
        Assert.Equal(status, back.RawStatus);
        Assert.Equal("2omk5g63jgmvpa", back.CardAlias);
    }

    [Fact]
    public void A_published_customer_card_event_round_trips()
    {
        var cardEvent = YouzanCustomerCardEvent.From(YouzanPushParser.Parse(YouzanSamples.SignedCustomerCardBody()));

        var json = JsonRoundTrip.AssertRoundTrips(cardEvent, YouzanJson.SerializerOptions);

        Assert.Contains("\"status\":\"CUSTOMER_CARD_TAKEN\"", json, StringComparison.Ordinal);
        Assert.Contains("\"mobile\":\"18768423400\"", json, StringComparison.Ordinal);
    }

    private static YouzanPush Push(string type, string status) => new()
    {
        Type = type,
        Status = status,
        Id = "2omk5g63jgmvpa",
        KdtId = 164932,
        KdtName = "墨鱼小课堂",
        RootKdtId = 160000,
        ClientId = YouzanSamples.ClientId,
        AppId = "app-1",
        Mode = 1,
        IsTest = true,
        SendCount = 3,
        Version = 1498810074,
        MessageId = "m-1",
        Sign = YouzanSamples.CardPublishedSign,
        RawMessage = """{"card_alias":"2omk5g63jgmvpa"}""",
        MessageIsObject = true,
    };

    private static object[] Samples() =>
    [
        Push("SCRM_CARD", "CARD_CREATED"),
        new YouzanCardEvent { Push = Push("SCRM_CARD", "CARD_CREATED"), Status = YouzanCardStatus.Created, CardAlias = "2omk5g63jgmvpa", EventTime = Time },
        new YouzanCustomerCardEvent
        {
            Push = Push("SCRM_CUSTOMER_CARD", "CUSTOMER_CARD_TAKEN"),
            Status = YouzanCustomerCardStatus.Taken,
            FansId = 42,
            FansType = 1,
            Mobile = "18768423400",
            CardAlias = "2omk5g63jgmvpa",
            CardNo = "231820909057462930",
            EventTime = Time,
        },
    ];
}
