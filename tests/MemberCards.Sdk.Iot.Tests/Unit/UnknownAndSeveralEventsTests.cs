using System.Text;
using System.Text.Json;
using MemberCards.Sdk.Iot;
using MemberCards.Sdk.Iot.Tests.Support;
using MemberCards.Sdk.Testing.Iot;

namespace MemberCards.Sdk.Iot.Tests.Unit;

/// <summary>Keys the SDK does not know, and several events in one message.</summary>
public sealed class UnknownAndSeveralEventsTests
{
    [Fact]
    public void Unknown_event_keys_are_kept_as_raw_json_in_arrival_order()
    {
        var json = """{"msgId":1,"events":{"spaceAdd":{"id":1090560337592619000,"name":"A栋"},"customerAdd":{"id":1},"deviceAlarm":[1,"x",null],"CustomerAdd":{"id":2},"flag":null}}""";
        var events = IotMessage.Parse(Encoding.UTF8.GetBytes(json)).Events;

        Assert.Equal(["spaceAdd", "deviceAlarm", "CustomerAdd", "flag"], events.Unknown.Select(e => e.Key));
        Assert.All(events.Unknown, e => Assert.Equal(IotEventKind.Unknown, e.Kind));
        Assert.Equal("""{"id":1090560337592619000,"name":"A栋"}""", events.Unknown[0].RawJson);
        Assert.Equal(1090560337592619000L, events.Unknown[0].Json.GetProperty("id").GetInt64());
        Assert.Equal("""[1,"x",null]""", events.Unknown[1].RawJson);
        Assert.Equal(JsonValueKind.Null, events.Unknown[3].Json.ValueKind);
        Assert.Equal(1L, events.CustomerAdd!.Id);
        Assert.Equal(["customerAdd", "spaceAdd", "deviceAlarm", "CustomerAdd", "flag"], events.All.Select(e => e.Key));
    }

    [Fact]
    public void Several_events_in_one_message_are_all_read()
    {
        var add = SampleEvents.FullCustomerAdd();
        var bind = SampleEvents.FullBind();
        var unbind = new CustomerUnbindCompanyEvent { CustomerId = 1106254901758820400, CompanyIds = [1090560337592619000] };
        var bytes = new IotMessageBuilder().WithMessageId(77).Add(bind).Add(add).Add(unbind)
            .AddRaw("futureEvent", """{"a":1}""").ToBytes();

        var message = IotMessage.Parse(bytes);

        Assert.Equal("77", message.MessageId);
        Assert.Equal(["customerAdd", "customerBindCompany", "customerUnbindCompany", "futureEvent"], message.Events.All.Select(e => e.Key));
        PropertyAssert.Equal(add, message.Events.CustomerAdd!);
        PropertyAssert.Equal(bind, message.Events.CustomerBindCompany!);
        Assert.Equal(1106254901758820400L, message.Events.CustomerUnbindCompany!.CustomerId);
        Assert.Equal("""{"a":1}""", Assert.Single(message.Events.Unknown).RawJson);
        Assert.Equal("msgId=77 reportTs=" + message.ReportedAt!.Value.ToString("O", System.Globalization.CultureInfo.InvariantCulture) + " events=customerAdd,customerBindCompany,customerUnbindCompany,futureEvent", message.ToString());
    }

    [Fact]
    public void A_message_without_events_has_none()
    {
        var message = IotMessage.Parse("""{"msgId":5,"reportTs":1682216549951,"profile":{"poiCode":"s009","appType":"customer","modelId":"9"}}"""u8);
        Assert.Empty(message.Events.All);
        Assert.Empty(message.Events.Unknown);
        Assert.Equal(9L, message.Profile!.ModelId);
    }
}
