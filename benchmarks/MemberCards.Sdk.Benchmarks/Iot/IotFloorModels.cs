using System.Text.Json.Serialization;

namespace MemberCards.Sdk.Benchmarks.Iot;

// The floor of the IoT parse benchmark: the same fields as the SDK's models, as plain properties
// (long, int, string, arrays) with no tolerance for strings-as-ids, empty strings or unknown codes.

public sealed class FloorMessage
{
    [JsonPropertyName("msgId")]
    public long MsgId { get; set; }

    [JsonPropertyName("reportTs")]
    public long ReportTs { get; set; }

    [JsonPropertyName("profile")]
    public FloorProfile? Profile { get; set; }

    [JsonPropertyName("events")]
    public FloorEvents? Events { get; set; }
}

public sealed class FloorProfile
{
    [JsonPropertyName("poiCode")]
    public string? PoiCode { get; set; }

    [JsonPropertyName("appType")]
    public string? AppType { get; set; }

    [JsonPropertyName("modelId")]
    public long ModelId { get; set; }
}

public sealed class FloorEvents
{
    [JsonPropertyName("customerAdd")]
    public FloorCustomer? CustomerAdd { get; set; }

    [JsonPropertyName("customerUpdate")]
    public FloorCustomer? CustomerUpdate { get; set; }

    [JsonPropertyName("customerBindCompany")]
    public FloorBinding? CustomerBindCompany { get; set; }

    [JsonPropertyName("customerUnbindCompany")]
    public FloorBinding? CustomerUnbindCompany { get; set; }

    [JsonPropertyName("customerDelete")]
    public FloorCustomerDelete? CustomerDelete { get; set; }

    [JsonPropertyName("companyAdd")]
    public FloorCompany? CompanyAdd { get; set; }

    [JsonPropertyName("companyUpdate")]
    public FloorCompany? CompanyUpdate { get; set; }

    [JsonPropertyName("companyDelete")]
    public FloorCompanyDelete? CompanyDelete { get; set; }
}

public sealed class FloorCustomer
{
    [JsonPropertyName("eventSendUserId")]
    public string? EventSendUserId { get; set; }

    [JsonPropertyName("eventType")]
    public int EventType { get; set; }

    [JsonPropertyName("id")]
    public long Id { get; set; }

    [JsonPropertyName("projectId")]
    public long ProjectId { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("phone")]
    public string? Phone { get; set; }

    [JsonPropertyName("idType")]
    public int IdType { get; set; }

    [JsonPropertyName("idNumber")]
    public string? IdNumber { get; set; }

    [JsonPropertyName("sex")]
    public int Sex { get; set; }

    [JsonPropertyName("age")]
    public int Age { get; set; }

    [JsonPropertyName("spaceIds")]
    public long[]? SpaceIds { get; set; }

    [JsonPropertyName("customerGradeId")]
    public long CustomerGradeId { get; set; }

    [JsonPropertyName("customerTypeId")]
    public long CustomerTypeId { get; set; }

    [JsonPropertyName("contractName")]
    public string? EmergencyContactName { get; set; }

    [JsonPropertyName("contractPhone")]
    public string? EmergencyContactPhone { get; set; }

    [JsonPropertyName("address")]
    public string? Address { get; set; }

    [JsonPropertyName("email")]
    public string? Email { get; set; }

    [JsonPropertyName("remark")]
    public string? Remark { get; set; }

    [JsonPropertyName("bornDate")]
    public long BirthDate { get; set; }

    [JsonPropertyName("nativePlace")]
    public string? NativePlace { get; set; }

    [JsonPropertyName("nation")]
    public string? Ethnicity { get; set; }

    [JsonPropertyName("marriage")]
    public int MaritalStatus { get; set; }

    [JsonPropertyName("education")]
    public int Education { get; set; }

    [JsonPropertyName("profession")]
    public string? Profession { get; set; }

    [JsonPropertyName("speciality")]
    public string? Specialty { get; set; }

    [JsonPropertyName("interest")]
    public string? Interests { get; set; }

    [JsonPropertyName("character")]
    public string? Character { get; set; }

    [JsonPropertyName("postalCode")]
    public string? PostalCode { get; set; }

    [JsonPropertyName("jobNum")]
    public string? EmployeeNumber { get; set; }

    [JsonPropertyName("facePhoto")]
    public string? FacePhoto { get; set; }

    [JsonPropertyName("openId")]
    public string? OpenId { get; set; }

    [JsonPropertyName("unionId")]
    public string? UnionId { get; set; }

    [JsonPropertyName("customerStatus")]
    public int CustomerStatus { get; set; }
}

public sealed class FloorCompany
{
    [JsonPropertyName("eventSendUserId")]
    public string? EventSendUserId { get; set; }

    [JsonPropertyName("eventType")]
    public int EventType { get; set; }

    [JsonPropertyName("id")]
    public long Id { get; set; }

    [JsonPropertyName("projectId")]
    public long ProjectId { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("phone")]
    public string? Phone { get; set; }

    [JsonPropertyName("idType")]
    public int IdType { get; set; }

    [JsonPropertyName("idNumber")]
    public string? IdNumber { get; set; }

    [JsonPropertyName("spaceIds")]
    public long[]? SpaceIds { get; set; }

    [JsonPropertyName("customerGradeId")]
    public long CustomerGradeId { get; set; }

    [JsonPropertyName("customerTypeId")]
    public long CustomerTypeId { get; set; }

    [JsonPropertyName("contractName")]
    public string? EmergencyContactName { get; set; }

    [JsonPropertyName("contractPhone")]
    public string? EmergencyContactPhone { get; set; }

    [JsonPropertyName("address")]
    public string? Address { get; set; }

    [JsonPropertyName("email")]
    public string? Email { get; set; }

    [JsonPropertyName("remark")]
    public string? Remark { get; set; }

    [JsonPropertyName("registrationName")]
    public string? RegistrationAuthority { get; set; }

    [JsonPropertyName("legalPerson")]
    public string? LegalRepresentative { get; set; }

    [JsonPropertyName("registerDate")]
    public long RegistrationDate { get; set; }

    [JsonPropertyName("status")]
    public int Status { get; set; }

    [JsonPropertyName("registerCapital")]
    public string? RegisteredCapital { get; set; }

    [JsonPropertyName("registerAddress")]
    public string? RegisteredAddress { get; set; }

    [JsonPropertyName("fax")]
    public string? Fax { get; set; }

    [JsonPropertyName("employeeCount")]
    public string? EmployeeCount { get; set; }

    [JsonPropertyName("stockCode")]
    public string? StockCode { get; set; }

    [JsonPropertyName("countryCertification")]
    public int HighTechCertification { get; set; }

    [JsonPropertyName("website")]
    public string? Website { get; set; }

    [JsonPropertyName("income")]
    public string? Income { get; set; }

    [JsonPropertyName("profit")]
    public string? Profit { get; set; }

    [JsonPropertyName("ratal")]
    public string? TaxPaid { get; set; }

    [JsonPropertyName("whichIndustry")]
    public string? Industry { get; set; }

    [JsonPropertyName("developmentCost")]
    public string? ResearchSpending { get; set; }

    [JsonPropertyName("merchantCode")]
    public string? MerchantCode { get; set; }

    [JsonPropertyName("logoUrl")]
    public string? LogoUrl { get; set; }

    [JsonPropertyName("customerStatus")]
    public int CustomerStatus { get; set; }
}

public sealed class FloorBinding
{
    [JsonPropertyName("eventSendUserId")]
    public string? EventSendUserId { get; set; }

    [JsonPropertyName("eventType")]
    public int EventType { get; set; }

    [JsonPropertyName("customerId")]
    public long CustomerId { get; set; }

    [JsonPropertyName("companyIds")]
    public long[]? CompanyIds { get; set; }

    [JsonPropertyName("outCompanyIds")]
    public string[]? OutCompanyIds { get; set; }

    [JsonPropertyName("projectId")]
    public long ProjectId { get; set; }

    [JsonPropertyName("openId")]
    public string? OpenId { get; set; }

    [JsonPropertyName("userId")]
    public string? UserId { get; set; }
}

public sealed class FloorDeletedCustomer
{
    [JsonPropertyName("customerId")]
    public long CustomerId { get; set; }

    [JsonPropertyName("openId")]
    public string? OpenId { get; set; }

    [JsonPropertyName("userId")]
    public string? UserId { get; set; }

    [JsonPropertyName("companyIds")]
    public long[]? CompanyIds { get; set; }
}

public sealed class FloorCustomerDelete
{
    [JsonPropertyName("eventSendUserId")]
    public string? EventSendUserId { get; set; }

    [JsonPropertyName("eventType")]
    public int EventType { get; set; }

    [JsonPropertyName("customerUserDTOS")]
    public FloorDeletedCustomer[]? CustomerUserDTOS { get; set; }
}

public sealed class FloorCompanyDelete
{
    [JsonPropertyName("eventSendUserId")]
    public string? EventSendUserId { get; set; }

    [JsonPropertyName("eventType")]
    public int EventType { get; set; }

    [JsonPropertyName("ids")]
    public long[]? Ids { get; set; }
}

[JsonSerializable(typeof(FloorMessage))]
internal sealed partial class FloorJsonContext : JsonSerializerContext
{
}
