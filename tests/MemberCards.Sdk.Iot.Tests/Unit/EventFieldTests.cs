using System.Text;
using MemberCards.Sdk.Iot;
using MemberCards.Sdk.Iot.Tests.Support;
using MemberCards.Sdk.Testing.Iot;

namespace MemberCards.Sdk.Iot.Tests.Unit;

/// <summary>Every field of every event kind, ids as numbers and as strings, tolerant and strict reading.</summary>
public sealed class EventFieldTests
{
    public static TheoryData<bool> IdStyles => new() { false, true };

    [Theory]
    [MemberData(nameof(IdStyles))]
    public void Every_field_of_every_kind_survives_a_round_trip(bool idsAsStrings)
    {
        var customerAdd = SampleEvents.FullCustomerAdd();
        var companyUpdate = SampleEvents.FullCompanyUpdate();
        var bind = SampleEvents.FullBind();
        var delete = SampleEvents.FullCustomerDelete();
        var companyDelete = SampleEvents.FullCompanyDelete();
        foreach (var e in new object[] { customerAdd, companyUpdate, bind, delete, companyDelete })
        {
            PropertyAssert.AllSet(e);
        }

        var bytes = new IotMessageBuilder().WithIdsAsStrings(idsAsStrings)
            .Add(customerAdd).Add(companyUpdate).Add(bind).Add(delete).Add(companyDelete).ToBytes();
        Assert.Equal(idsAsStrings, Encoding.UTF8.GetString(bytes).Contains("\"1106257098023592000\"", StringComparison.Ordinal));

        var events = IotMessage.Parse(bytes).Events;

        PropertyAssert.Equal(customerAdd, events.CustomerAdd!);
        PropertyAssert.Equal(companyUpdate, events.CompanyUpdate!);
        PropertyAssert.Equal(bind, events.CustomerBindCompany!);
        PropertyAssert.Equal(delete, events.CustomerDelete!);
        PropertyAssert.Equal(companyDelete, events.CompanyDelete!);
    }

    [Fact]
    public void Fields_absent_from_the_sample_are_read_under_their_documented_wire_names()
    {
        const string json = """
            {"msgId":"m-1","reportTs":"1682216549951","events":{
              "customerUpdate":{"eventType":3,"id":"5","age":"41","customerGradeId":7,"customerTypeId":"8","bornDate":631123200000,"customerStatus":2,"unionId":"u"},
              "customerUnbindCompany":{"customerId":1,"companyIds":["1090560337592619000",""],"outCompanyIds":["a","",null,12],"userId":"g"},
              "customerDelete":{"customerUserDTOS":[{"customerId":"1106257098023592000","userId":"1787768503159414786","openId":"o","companyIds":[]},null]},
              "companyAdd":{"id":3,"registerDate":1262304000000,"customerStatus":1,"countryCertification":1,"status":2,"idType":2}
            }}
            """;
        var message = IotMessage.Parse(Encoding.UTF8.GetBytes(json));

        Assert.Equal("m-1", message.MessageId);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1682216549951), message.ReportedAt);
        Assert.Null(message.Profile);

        var update = message.Events.CustomerUpdate!;
        Assert.Equal(IotEventType.Disabled, update.EventType);
        Assert.Equal(5L, update.Id);
        Assert.Equal(41, update.Age);
        Assert.Equal(7L, update.CustomerGradeId);
        Assert.Equal(8L, update.CustomerTypeId);
        Assert.Equal(631123200000L, update.BirthDate);
        Assert.Equal(CustomerStatus.Disabled, update.CustomerStatus);

        var unbind = message.Events.CustomerUnbindCompany!;
        Assert.Equal([1090560337592619000L], unbind.CompanyIds);
        Assert.Equal(["a", "12"], unbind.OutCompanyIds);
        Assert.Equal("g", unbind.UserId);

        var deleted = Assert.Single(message.Events.CustomerDelete!.Customers);
        Assert.Equal(1106257098023592000L, deleted.CustomerId);
        Assert.Equal("1787768503159414786", deleted.UserId);
        Assert.Empty(deleted.CompanyIds);

        var company = message.Events.CompanyAdd!;
        Assert.Equal(3L, company.Id);
        Assert.Equal(1262304000000L, company.RegistrationDate);
        Assert.Equal(CustomerStatus.Normal, company.CustomerStatus);
        Assert.Equal(HighTechCertification.Yes, company.HighTechCertification);
        Assert.Equal(CompanyStatus.InBusiness, company.Status);
        Assert.Equal(CompanyIdType.BusinessRegistrationNumber, company.IdType);
    }

    [Theory]
    [InlineData("9", "7", "5", "8", "3", "4")]
    [InlineData("-1", "-1", "-1", "-1", "0", "0")]
    [InlineData("99999999999", "2147483648", "1.5", "1e400", "\"77\"", "-99999999999999999999")]
    public void Unlisted_codes_read_as_Unknown(string sex, string idType, string marriage, string education, string customerStatus, string eventType)
    {
        var json = "{\"events\":{\"customerAdd\":{\"sex\":" + sex + ",\"idType\":" + idType + ",\"marriage\":" + marriage + ",\"education\":" + education
            + ",\"customerStatus\":" + customerStatus + ",\"eventType\":" + eventType + "},\"companyAdd\":{\"status\":" + sex + ",\"idType\":" + idType + ",\"countryCertification\":" + idType + "}}}";
        var events = IotMessage.Parse(Encoding.UTF8.GetBytes(json)).Events;

        var customer = events.CustomerAdd!;
        Assert.Equal(Sex.Unknown, customer.Sex);
        Assert.Equal(CustomerIdType.Unknown, customer.IdType);
        Assert.Equal(MaritalStatus.Unknown, customer.MaritalStatus);
        Assert.Equal(Education.Unknown, customer.Education);
        Assert.Equal(CustomerStatus.Unknown, customer.CustomerStatus);
        Assert.Equal(IotEventType.Unknown, customer.EventType);
        Assert.Equal(CompanyStatus.Unknown, events.CompanyAdd!.Status);
        Assert.Equal(CompanyIdType.Unknown, events.CompanyAdd.IdType);
        Assert.Equal(HighTechCertification.Unknown, events.CompanyAdd.HighTechCertification);
    }

    [Fact]
    public void Codes_sent_as_strings_are_read()
    {
        var json = """{"events":{"customerAdd":{"sex":"2","idType":"1","marriage":"2","education":"5","customerStatus":"1","eventType":"2"}}}""";
        var customer = IotMessage.Parse(Encoding.UTF8.GetBytes(json)).Events.CustomerAdd!;

        Assert.Equal(Sex.Female, customer.Sex);
        Assert.Equal(CustomerIdType.IdentityCard, customer.IdType);
        Assert.Equal(MaritalStatus.Married, customer.MaritalStatus);
        Assert.Equal(Education.Bachelor, customer.Education);
        Assert.Equal(CustomerStatus.Normal, customer.CustomerStatus);
        Assert.Equal(IotEventType.Enabled, customer.EventType);
    }

    [Fact]
    public void Empty_strings_read_as_absent_for_every_field_type()
    {
        var json = """{"msgId":"","reportTs":"","profile":{"poiCode":"","appType":"","modelId":""},"events":{"customerAdd":{"id":"","projectId":"","age":"","sex":"","eventType":"","name":"","bornDate":"","spaceIds":["",""]}}}""";
        var message = IotMessage.Parse(Encoding.UTF8.GetBytes(json));

        Assert.Null(message.MessageId);
        Assert.Null(message.ReportedAt);
        Assert.Null(message.Profile!.PoiCode);
        Assert.Null(message.Profile.AppType);
        Assert.Null(message.Profile.ModelId);
        var customer = message.Events.CustomerAdd!;
        Assert.Null(customer.Id);
        Assert.Null(customer.ProjectId);
        Assert.Null(customer.Age);
        Assert.Null(customer.Sex);
        Assert.Null(customer.EventType);
        Assert.Null(customer.Name);
        Assert.Null(customer.BirthDate);
        Assert.Empty(customer.SpaceIds);
    }

    [Fact]
    public void Nulls_read_as_absent_and_lists_stay_non_null()
    {
        var json = """{"msgId":null,"reportTs":null,"profile":null,"events":{"customerBindCompany":{"customerId":null,"companyIds":null,"outCompanyIds":null,"openId":null},"customerDelete":{"customerUserDTOS":null},"companyDelete":null}}""";
        var message = IotMessage.Parse(Encoding.UTF8.GetBytes(json));

        Assert.Null(message.MessageId);
        Assert.Null(message.ReportedAt);
        Assert.Null(message.Profile);
        var bind = message.Events.CustomerBindCompany!;
        Assert.Null(bind.CustomerId);
        Assert.Empty(bind.CompanyIds);
        Assert.Empty(bind.OutCompanyIds);
        Assert.Null(bind.OpenId);
        Assert.Empty(message.Events.CustomerDelete!.Customers);
        Assert.Null(message.Events.CompanyDelete);
        Assert.Equal(["customerBindCompany", "customerDelete"], message.Events.All.Select(e => e.Key));
    }

    [Fact]
    public void Escaped_strings_and_numbers_in_string_fields_are_read()
    {
        var json = """{"msgId":123132131231,"events":{"customerAdd":{"name":"\u5f20\u4e09","phone":13800138000,"openId":"\u0036\u0036","eventSendUserId":12123243242,"id":"\u0031\u0032"}}}""";
        var message = IotMessage.Parse(Encoding.UTF8.GetBytes(json));

        Assert.Equal("123132131231", message.MessageId);
        var customer = message.Events.CustomerAdd!;
        Assert.Equal("张三", customer.Name);
        Assert.Equal("13800138000", customer.Phone);
        Assert.Equal("66", customer.OpenId);
        Assert.Equal("12123243242", customer.EventSendUserId);
        Assert.Equal(12L, customer.Id);
    }

    [Fact]
    public void ReportTs_below_ten_to_the_eleventh_is_read_as_seconds()
    {
        var message = IotMessage.Parse("""{"reportTs":1682216549}"""u8);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1682216549), message.ReportedAt);
    }

    [Theory]
    [InlineData("""{"events":{"customerAdd":{"id":1.5}}}""", "$.events.customerAdd.id")]
    [InlineData("""{"events":{"customerAdd":{"id":9223372036854775808}}}""", "$.events.customerAdd.id")]
    [InlineData("""{"events":{"customerAdd":{"id":"9223372036854775808"}}}""", "$.events.customerAdd.id")]
    [InlineData("""{"events":{"customerAdd":{"id":"12a"}}}""", "$.events.customerAdd.id")]
    [InlineData("""{"events":{"customerAdd":{"id":true}}}""", "$.events.customerAdd.id")]
    [InlineData("""{"events":{"customerAdd":{"age":3000000000}}}""", "$.events.customerAdd.age")]
    [InlineData("""{"events":{"customerAdd":{"name":{}}}}""", "$.events.customerAdd.name")]
    [InlineData("""{"events":{"customerAdd":{"spaceIds":{}}}}""", "$.events.customerAdd.spaceIds")]
    [InlineData("""{"events":{"customerAdd":{"spaceIds":[[1]]}}}""", "$.events.customerAdd.spaceIds")]
    [InlineData("""{"events":{"customerAdd":{"sex":"female"}}}""", "$.events.customerAdd.sex")]
    [InlineData("""{"events":{"customerAdd":7}}""", "$.events.customerAdd")]
    [InlineData("""{"events":[]}""", "$.events")]
    [InlineData("""{"reportTs":99999999999999999}""", "$.reportTs")]
    [InlineData("""[]""", "$")]
    [InlineData("""null""", "$")]
    [InlineData("""{"msgId":1""", "$.msgId")]
    public void Wrong_shapes_fail_with_a_format_exception_naming_the_path(string json, string path)
    {
        var ex = Assert.Throws<MemberCardsFormatException>(() => IotMessage.Parse(Encoding.UTF8.GetBytes(json)));
        Assert.Equal("Iot", ex.Service);
        Assert.Equal(nameof(IotMessage), ex.Target);
        Assert.Equal(path, ex.Location);
    }

    [Fact]
    public void The_size_cap_applies_before_parsing()
    {
        var bytes = IotSamples.MessageBytes();
        Assert.NotNull(IotMessage.Parse(bytes, bytes.Length));

        var ex = Assert.Throws<MemberCardsMessageTooLargeException>(() => IotMessage.Parse(bytes, bytes.Length - 1));
        Assert.Contains($"{bytes.Length} bytes", ex.Message, StringComparison.Ordinal);
        Assert.Contains("MaxMessageBytes", ex.Message, StringComparison.Ordinal);
        Assert.Null(ex.InnerException);

        // Over the default cap, even though it is not JSON at all: the cap is checked first.
        var huge = new byte[IotOptions.DefaultMaxMessageBytes + 1];
        var tooBig = Assert.Throws<MemberCardsMessageTooLargeException>(() => IotMessage.Parse(huge));
        Assert.Null(tooBig.InnerException);
        Assert.Throws<MemberCardsFormatException>(() => IotMessage.Parse(ReadOnlySpan<byte>.Empty));
        Assert.Throws<ArgumentOutOfRangeException>(() => IotMessage.Parse(bytes, 0));
    }
}
