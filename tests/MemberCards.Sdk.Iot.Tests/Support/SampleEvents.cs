using MemberCards.Sdk.Iot;

namespace MemberCards.Sdk.Iot.Tests.Support;

/// <summary>Events with every documented field set to a distinct, non-default value.</summary>
internal static class SampleEvents
{
    internal static CustomerAddEvent FullCustomerAdd() => new()
    {
        EventSendUserId = "12123243242",
        EventType = IotEventType.Enabled,
        Id = 1106257098023592000,
        ProjectId = 1080446148159139840,
        Name = "张三",
        Phone = "13800138000",
        IdType = CustomerIdType.Passport,
        IdNumber = "E12345678",
        Sex = Sex.Female,
        Age = 37,
        SpaceIds = [1090560337592619000, 1095697073878896600],
        CustomerGradeId = 9007199254740993,
        CustomerTypeId = 42,
        EmergencyContactName = "李四",
        EmergencyContactPhone = "13900139000",
        Address = "上海市徐汇区",
        Email = "zs@example.com",
        Remark = "VIP \"quoted\"",
        BirthDate = 631123200000,
        NativePlace = "江苏",
        Ethnicity = "汉族",
        MaritalStatus = MaritalStatus.Widowed,
        Education = Education.Doctorate,
        Profession = "engineer",
        Specialty = "go",
        Interests = "reading",
        Character = "calm",
        PostalCode = "200030",
        EmployeeNumber = "E-007",
        FacePhoto = "https://img.example/face.jpg",
        OpenId = "6659967826199557",
        UnionId = "6659967826199558",
        CustomerStatus = CustomerStatus.Disabled,
    };

    internal static CompanyUpdateEvent FullCompanyUpdate() => new()
    {
        EventSendUserId = "u-1",
        EventType = IotEventType.Disabled,
        Id = 1106260436558184400,
        ProjectId = 371344636432453,
        Name = "某某科技有限公司",
        Phone = "021-5555",
        IdType = CompanyIdType.UnifiedSocialCreditCode,
        IdNumber = "91310000MA1FL0000X",
        SpaceIds = [1, 9223372036854775807],
        CustomerGradeId = 3,
        CustomerTypeId = 4,
        EmergencyContactName = "王五",
        EmergencyContactPhone = "13700137000",
        Address = "北京",
        Email = "info@example.com",
        Remark = "r",
        RegistrationAuthority = "市场监督管理局",
        LegalRepresentative = "赵六",
        RegistrationDate = 1262304000000,
        Status = CompanyStatus.Liquidating,
        RegisteredCapital = "1000万",
        RegisteredAddress = "浦东",
        Fax = "021-6666",
        EmployeeCount = "250",
        StockCode = "600000",
        HighTechCertification = HighTechCertification.No,
        Website = "https://example.com",
        Income = "1e6",
        Profit = "2e5",
        TaxPaid = "3e4",
        Industry = "软件",
        ResearchSpending = "4e5",
        MerchantCode = "M-1",
        LogoUrl = "https://img.example/logo.png",
        CustomerStatus = CustomerStatus.Normal,
    };

    internal static CustomerBindCompanyEvent FullBind() => new()
    {
        EventSendUserId = "12123243242",
        EventType = IotEventType.Notification,
        CustomerId = 1106257098023592000,
        CompanyIds = [1090560337592619000, 1095697073878896600, 1089935576986456000],
        OutCompanyIds = ["ext-1", "ext-2"],
        ProjectId = 1080446148159139840,
        OpenId = "1323124131121",
        UserId = "1787768503159414786",
    };

    internal static CustomerDeleteEvent FullCustomerDelete() => new()
    {
        EventSendUserId = "12123243242",
        EventType = IotEventType.Notification,
        Customers =
        [
            new DeletedCustomer { CustomerId = 1106257098023592000, OpenId = "1323124131121", UserId = "1787768503159414786", CompanyIds = [1090560337592619000] },
            new DeletedCustomer { CustomerId = -5, OpenId = "o2", UserId = "u2", CompanyIds = [long.MaxValue, long.MinValue] },
        ],
    };

    internal static CompanyDeleteEvent FullCompanyDelete() => new()
    {
        EventSendUserId = "x",
        EventType = IotEventType.Notification,
        Ids = [1106260436558184400, 2],
    };
}
