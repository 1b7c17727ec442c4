using System.Text.Json;
using MemberCards.Sdk.Iot.Tests.Support;
using MemberCards.Sdk.TestHosts;
using MemberCards.Sdk.Testing.Iot;

namespace MemberCards.Sdk.Iot.Tests.Unit;

/// <summary>Issue 18: every IoT model round-trips through <see cref="IotJson.SerializerOptions"/>, bytes and values.</summary>
public sealed class JsonRoundTripTests
{
    public static TheoryData<Type> ModelTypes => JsonRoundTrip.ModelTypes(typeof(IotMessage).Assembly, IotJson.SerializerOptions);

    [Fact]
    public void The_public_options_are_read_only_and_cover_every_event_kind()
    {
        Assert.True(IotJson.SerializerOptions.IsReadOnly);
        var models = JsonRoundTrip.Models(typeof(IotMessage).Assembly, IotJson.SerializerOptions);
        Assert.Contains(typeof(IotMessage), models);
        Assert.Contains(typeof(CompanyDeleteEvent), models);
        Assert.Contains(typeof(DeletedCustomer), models);
        Assert.DoesNotContain(typeof(UnknownIotEvent), models); // no JSON shape of its own: kept raw in the events (below)
    }

    [Theory]
    [MemberData(nameof(ModelTypes))]
    public void Every_model_has_a_complete_sample_that_round_trips(Type type)
    {
        var sample = Assert.Single(Samples(), s => s.GetType() == type);

        JsonRoundTrip.AssertEveryPropertySet(sample, IotJson.SerializerOptions);
        JsonRoundTrip.AssertWireUnchanged(JsonRoundTrip.AssertRoundTrips(sample, IotJson.SerializerOptions), type);
    }

    [Fact]
    public void The_published_sample_round_trips_with_every_event_kind()
    {
        var message = IotMessage.Parse(IotSamples.MessageBytes());

        var json = JsonRoundTrip.AssertRoundTrips(message, IotJson.SerializerOptions);
        var back = IotMessage.Parse(System.Text.Encoding.UTF8.GetBytes(json));

        Assert.Equal(message.Events.All.Select(e => e.Key), back.Events.All.Select(e => e.Key));
        Assert.Equal(8, back.Events.All.Count);
        Assert.Equal(message.ReportedAt, back.ReportedAt);
    }

    [Fact]
    public void An_unknown_event_keeps_its_raw_json_through_the_round_trip()
    {
        var json = JsonRoundTrip.AssertRoundTrips(FullMessage(), IotJson.SerializerOptions);

        var back = JsonSerializer.Deserialize<IotMessage>(json, IotJson.SerializerOptions)!;
        var unknown = Assert.Single(back.Events.Unknown);
        Assert.Equal("visitorAdd", unknown.Key);
        Assert.Equal("""{"id":7,"name":"访客"}""", unknown.RawJson);
    }

    [Fact]
    public void Ids_beyond_double_precision_stay_exact()
    {
        var json = JsonRoundTrip.AssertRoundTrips(SampleEvents.FullCompanyUpdate(), IotJson.SerializerOptions);

        Assert.Contains("9223372036854775807", json, StringComparison.Ordinal);
        Assert.Equal(long.MaxValue, JsonSerializer.Deserialize<CompanyUpdateEvent>(json, IotJson.SerializerOptions)!.SpaceIds[1]);
    }

    private static T As<T>(object sample) => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(sample, sample.GetType(), IotJson.SerializerOptions), IotJson.SerializerOptions)!;

    private static IotEvents FullEvents()
    {
        var known = JsonSerializer.Serialize(
            new IotEvents
            {
                CustomerAdd = SampleEvents.FullCustomerAdd(),
                CustomerUpdate = As<CustomerUpdateEvent>(SampleEvents.FullCustomerAdd()),
                CustomerBindCompany = SampleEvents.FullBind(),
                CustomerUnbindCompany = As<CustomerUnbindCompanyEvent>(SampleEvents.FullBind()),
                CustomerDelete = SampleEvents.FullCustomerDelete(),
                CompanyAdd = As<CompanyAddEvent>(SampleEvents.FullCompanyUpdate()),
                CompanyUpdate = SampleEvents.FullCompanyUpdate(),
                CompanyDelete = SampleEvents.FullCompanyDelete(),
            },
            IotJson.SerializerOptions);
        return JsonSerializer.Deserialize<IotEvents>(known[..^1] + ""","visitorAdd":{"id":7,"name":"访客"}}""", IotJson.SerializerOptions)!;
    }

    private static IotMessage FullMessage() => new()
    {
        MessageId = "123132131231",
        ReportedAt = DateTimeOffset.FromUnixTimeMilliseconds(1682216549951),
        Profile = new IotProfile { PoiCode = "s009", AppType = "customer", ModelId = 9 },
        Events = FullEvents(),
    };

    private static object[] Samples()
    {
        var events = FullEvents();
        return
        [
            FullMessage(),
            events,
            new IotProfile { PoiCode = "s009", AppType = "customer", ModelId = 9 },
            events.CustomerAdd!,
            events.CustomerUpdate!,
            events.CustomerBindCompany!,
            events.CustomerUnbindCompany!,
            events.CustomerDelete!,
            events.CompanyAdd!,
            events.CompanyUpdate!,
            events.CompanyDelete!,
            events.CustomerDelete!.Customers[0],
        ];
    }
}
