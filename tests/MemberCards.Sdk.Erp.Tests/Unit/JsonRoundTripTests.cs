using System.Text;
using System.Text.Json;
using MemberCards.Sdk.TestHosts;

namespace MemberCards.Sdk.Erp.Tests.Unit;

/// <summary>Issue 18: every ERP model round-trips through <see cref="ErpJson.SerializerOptions"/>, bytes and values.</summary>
public sealed class JsonRoundTripTests
{
    public static TheoryData<Type> ModelTypes => JsonRoundTrip.ModelTypes(typeof(IErpPointsClient).Assembly, ErpJson.SerializerOptions);

    [Fact]
    public void The_public_options_are_read_only_and_the_clients_own()
    {
        Assert.True(ErpJson.SerializerOptions.IsReadOnly);
        Assert.Same(ErpJson.SerializerOptions, ErpJson.SerializerOptions);
        Assert.Contains(typeof(ErpMember), JsonRoundTrip.Models(typeof(IErpPointsClient).Assembly, ErpJson.SerializerOptions));
        Assert.Contains(typeof(MemberPointsChangeRequest), JsonRoundTrip.Models(typeof(IErpPointsClient).Assembly, ErpJson.SerializerOptions));
    }

    [Theory]
    [MemberData(nameof(ModelTypes))]
    public void Every_model_has_a_complete_sample_that_round_trips(Type type)
    {
        var sample = Assert.Single(Samples(), s => s.GetType() == type);

        JsonRoundTrip.AssertEveryPropertySet(sample, ErpJson.SerializerOptions);
        JsonRoundTrip.AssertWireUnchanged(JsonRoundTrip.AssertRoundTrips(sample, ErpJson.SerializerOptions), type);
    }

    [Fact]
    public void A_request_serializes_to_the_wire_names_the_client_sends()
    {
        var json = JsonRoundTrip.AssertRoundTrips(Request(), ErpJson.SerializerOptions);

        Assert.Equal("""{"mobile":"13800001111","pointsChanges":-20,"pointsDesc":"兑换礼品","pointsRemaining":80,"pointsUsed":20,"remark":"order 20260101-1","storeNumber":"1001"}""", json);
    }

    [Fact]
    public void The_seed_success_member_round_trips_with_the_erps_field_names()
    {
        var member = ErpAnswerReader.ReadSuccess(Encoding.UTF8.GetBytes(ErpAnswerReaderTests.SeedSuccess), 200);

        var json = JsonRoundTrip.AssertRoundTrips(member, ErpJson.SerializerOptions);

        Assert.Contains("\"name\":\"周xx\"", json, StringComparison.Ordinal);
        Assert.Contains("\"sex\":\"男\"", json, StringComparison.Ordinal);
        Assert.Contains("\"birthday\":\"1969-08-07\"", json, StringComparison.Ordinal);
        Assert.Contains("\"cardNo\":\"e0582800\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_member_of_unknown_sex_round_trips_instead_of_failing()
    {
        var member = new ErpMember { CardNo = "e1", Sex = ErpMemberSex.Unknown };

        var json = JsonRoundTrip.AssertRoundTrips(member, ErpJson.SerializerOptions);

        Assert.Equal("""{"cardNo":"e1"}""", json);
        Assert.Equal(ErpMemberSex.Unknown, JsonSerializer.Deserialize<ErpMember>(json, ErpJson.SerializerOptions)!.Sex);
    }

    private static MemberPointsChangeRequest Request() => new()
    {
        Mobile = "13800001111",
        PointsChanges = -20,
        PointsDescription = "兑换礼品",
        PointsRemaining = 80,
        PointsUsed = 20,
        Remark = "order 20260101-1",
        StoreNumber = "1001",
    };

    private static object[] Samples() =>
    [
        Request(),
        new ErpMember
        {
            Name = "周xx",
            Sex = ErpMemberSex.Male,
            Birthday = new DateOnly(1969, 8, 7),
            Address = "下城路766号",
            IdentityCardNo = "330702690808123",
            Email = "zhou@example.com",
            Level = ErpMemberLevel.Vip,
            LevelText = "1",
            State = ErpMemberState.Normal,
            StateText = "1",
            CardNo = "e0582800",
            StoreNumber = "1001",
        },
    ];
}
