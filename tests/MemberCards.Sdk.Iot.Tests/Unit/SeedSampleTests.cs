using MemberCards.Sdk.Iot;
using MemberCards.Sdk.Testing.Iot;

namespace MemberCards.Sdk.Iot.Tests.Unit;

/// <summary>The platform's published sample, read field by field.</summary>
public sealed class SeedSampleTests
{
    private readonly IotMessage message = IotMessage.Parse(IotSamples.MessageBytes());

    [Fact]
    public void The_sample_is_the_published_text_byte_for_byte()
        => Assert.Equal(
            "21b34a8d57956140a7098b990014cfe9f4bec6ed7b196d6ee56254ed87790cf5",
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(IotSamples.MessageBytes())));

    [Fact]
    public void Envelope_is_read()
    {
        Assert.Equal("123132131231", message.MessageId);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1682216549951), message.ReportedAt);
        Assert.Equal(new DateTimeOffset(2023, 4, 23, 2, 22, 29, 951, TimeSpan.Zero), message.ReportedAt);
        Assert.NotNull(message.Profile);
        Assert.Equal("s009", message.Profile.PoiCode);
        Assert.Equal("customer", message.Profile.AppType);
        Assert.Equal(9L, message.Profile.ModelId);
    }

    [Fact]
    public void Every_event_kind_of_the_sample_is_present_in_dependency_order()
    {
        Assert.Equal(
            ["companyAdd", "companyUpdate", "customerAdd", "customerUpdate", "customerBindCompany", "customerUnbindCompany", "customerDelete", "companyDelete"],
            message.Events.All.Select(e => e.Key));
        Assert.Equal(
            [IotEventKind.CompanyAdd, IotEventKind.CompanyUpdate, IotEventKind.CustomerAdd, IotEventKind.CustomerUpdate, IotEventKind.CustomerBindCompany, IotEventKind.CustomerUnbindCompany, IotEventKind.CustomerDelete, IotEventKind.CompanyDelete],
            message.Events.All.Select(e => e.Kind));
        Assert.Empty(message.Events.Unknown);
    }

    [Fact]
    public void CustomerAdd_has_every_field_of_the_sample()
    {
        var e = Assert.IsType<CustomerAddEvent>(message.Events.CustomerAdd);
        Assert.Equal(IotEventType.Notification, e.EventType);
        Assert.Equal("12123243242", e.EventSendUserId);
        Assert.Equal(324235435243243L, e.Id);
        Assert.Equal(Education.NotSpecified, e.Education);
        Assert.Equal("6659967826199557", e.OpenId);
        Assert.Equal("6659967826199558", e.UnionId);
        Assert.Equal(MaritalStatus.NotSpecified, e.MaritalStatus);
        Assert.Equal(CustomerIdType.None, e.IdType);
        Assert.Equal(Sex.NotSpecified, e.Sex);
        Assert.Equal("12121", e.Phone);
        Assert.Equal("21121", e.Name);
        Assert.Equal(1080446148159139840L, e.ProjectId);
        Assert.Empty(e.SpaceIds);
        AssertEmptyStringsAreAbsent(e);
        Assert.Null(e.Age);
        Assert.Null(e.BirthDate);
        Assert.Null(e.CustomerGradeId);
        Assert.Null(e.CustomerTypeId);
        Assert.Null(e.CustomerStatus);
    }

    [Fact]
    public void CustomerUpdate_has_every_field_of_the_sample()
    {
        var e = Assert.IsType<CustomerUpdateEvent>(message.Events.CustomerUpdate);
        Assert.Equal(IotEventType.Notification, e.EventType);
        Assert.Equal("12123243242", e.EventSendUserId);
        Assert.Equal(324235435243243L, e.Id);
        Assert.Equal(CustomerIdType.None, e.IdType);
        Assert.Equal(Education.NotSpecified, e.Education);
        Assert.Equal(Sex.NotSpecified, e.Sex);
        Assert.Equal("1231", e.Phone);
        Assert.Equal(MaritalStatus.NotSpecified, e.MaritalStatus);
        Assert.Equal("12132", e.Name);
        Assert.Equal(371344636432453L, e.ProjectId);
        Assert.Empty(e.SpaceIds);
        AssertEmptyStringsAreAbsent(e);
        Assert.Null(e.OpenId);
        Assert.Null(e.UnionId);
    }

    [Fact]
    public void CustomerBindCompany_keeps_64_bit_ids_exactly()
    {
        var e = Assert.IsType<CustomerBindCompanyEvent>(message.Events.CustomerBindCompany);
        Assert.Equal("12123243242", e.EventSendUserId);
        Assert.Equal(IotEventType.Notification, e.EventType);
        Assert.Equal([1090560337592619000L, 1095697073878896600L, 1089935576986456000L], e.CompanyIds);
        Assert.Equal(1106257098023592000L, e.CustomerId);
        Assert.Equal(1080446148159139840L, e.ProjectId);
        Assert.Equal("1787768503159414786", e.UserId);
        Assert.Equal("1323124131121", e.OpenId);
        Assert.Empty(e.OutCompanyIds);

        // Through a double the first id would read as 1090560337592619008.
        Assert.Equal("1090560337592619000", e.CompanyIds[0].ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void CustomerUnbindCompany_has_every_field_of_the_sample()
    {
        var e = Assert.IsType<CustomerUnbindCompanyEvent>(message.Events.CustomerUnbindCompany);
        Assert.Equal("12123243242", e.EventSendUserId);
        Assert.Equal(IotEventType.Notification, e.EventType);
        Assert.Equal([1090560337592619000L, 1095697073878896600L], e.CompanyIds);
        Assert.Equal(1106254901758820400L, e.CustomerId);
        Assert.Equal(371344636432453L, e.ProjectId);
        Assert.Equal("1787768503159414786", e.UserId);
        Assert.Equal("1323124131121", e.OpenId);
    }

    [Fact]
    public void CustomerDelete_has_every_field_of_the_sample()
    {
        var e = Assert.IsType<CustomerDeleteEvent>(message.Events.CustomerDelete);
        Assert.Equal("12123243242", e.EventSendUserId);
        Assert.Equal(IotEventType.Notification, e.EventType);
        var customer = Assert.Single(e.Customers);
        Assert.Equal(1106257098023592000L, customer.CustomerId);
        Assert.Equal("1323124131121", customer.OpenId);
        Assert.Null(customer.UserId);
        Assert.Equal([1090560337592619000L, 1095697073878896600L], customer.CompanyIds);
    }

    [Fact]
    public void CompanyAdd_has_every_field_of_the_sample()
    {
        var e = Assert.IsType<CompanyAddEvent>(message.Events.CompanyAdd);
        Assert.Equal("12123243242", e.EventSendUserId);
        Assert.Equal(IotEventType.Notification, e.EventType);
        Assert.Equal(CompanyIdType.None, e.IdType);
        Assert.Equal(HighTechCertification.None, e.HighTechCertification);
        Assert.Equal("1111", e.Phone);
        Assert.Equal("1111", e.Name);
        Assert.Equal(371344636432453L, e.ProjectId);
        Assert.Equal(CompanyStatus.None, e.Status);
        Assert.Empty(e.SpaceIds);
        Assert.Null(e.Id);
        AssertEmptyStringsAreAbsent(e);
    }

    [Fact]
    public void CompanyUpdate_has_every_field_of_the_sample()
    {
        var e = Assert.IsType<CompanyUpdateEvent>(message.Events.CompanyUpdate);
        Assert.Equal("12123243242", e.EventSendUserId);
        Assert.Equal(IotEventType.Notification, e.EventType);
        Assert.Equal("111", e.Phone);
        Assert.Equal("111", e.Name);
        Assert.Equal(371344636432453L, e.ProjectId);
        Assert.Equal(CompanyStatus.None, e.Status);
        Assert.Equal(HighTechCertification.None, e.HighTechCertification);
        AssertEmptyStringsAreAbsent(e);
    }

    [Fact]
    public void CompanyDelete_has_every_field_of_the_sample()
    {
        var e = Assert.IsType<CompanyDeleteEvent>(message.Events.CompanyDelete);
        Assert.Equal("12123243242", e.EventSendUserId);
        Assert.Equal(IotEventType.Notification, e.EventType);
        Assert.Equal([1106260436558184400L], e.Ids);
    }

    [Fact]
    public void ToString_of_a_customer_event_redacts_the_phone()
    {
        var text = message.Events.CustomerUpdate!.ToString();
        Assert.Contains("324235435243243", text, StringComparison.Ordinal);
        Assert.DoesNotContain("1231", text.Replace("324235435243243", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    private static void AssertEmptyStringsAreAbsent(CustomerProfileEvent e)
    {
        Assert.Null(e.Ethnicity);
        Assert.Null(e.FacePhoto);
        Assert.Null(e.PostalCode);
        Assert.Null(e.Remark);
        Assert.Null(e.IdNumber);
        Assert.Null(e.Specialty);
        Assert.Null(e.Character);
        Assert.Null(e.Interests);
        Assert.Null(e.EmergencyContactName);
        Assert.Null(e.Email);
        Assert.Null(e.Profession);
        Assert.Null(e.EmergencyContactPhone);
        Assert.Null(e.EmployeeNumber);
        Assert.Null(e.Address);
        Assert.Null(e.NativePlace);
    }

    private static void AssertEmptyStringsAreAbsent(CompanyProfileEvent e)
    {
        Assert.Null(e.Income);
        Assert.Null(e.RegistrationAuthority);
        Assert.Null(e.Remark);
        Assert.Null(e.ResearchSpending);
        Assert.Null(e.IdNumber);
        Assert.Null(e.EmployeeCount);
        Assert.Null(e.LegalRepresentative);
        Assert.Null(e.Industry);
        Assert.Null(e.EmergencyContactName);
        Assert.Null(e.Fax);
        Assert.Null(e.Profit);
        Assert.Null(e.Email);
        Assert.Null(e.EmergencyContactPhone);
        Assert.Null(e.Website);
        Assert.Null(e.MerchantCode);
        Assert.Null(e.Address);
        Assert.Null(e.TaxPaid);
        Assert.Null(e.StockCode);
        Assert.Null(e.LogoUrl);
        Assert.Null(e.RegisteredAddress);
        Assert.Null(e.RegisteredCapital);
    }
}
