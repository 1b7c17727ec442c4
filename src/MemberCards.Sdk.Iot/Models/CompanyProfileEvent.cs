using System.Text.Json.Serialization;
using MemberCards.Sdk.Iot.Serialization;

namespace MemberCards.Sdk.Iot;

// Each field: a public init-only property, and an internal settable twin that the JSON source generator binds
// (init-only properties would put it on the parameterized-constructor path, which boxes every value).

/// <summary>
/// The fields of <c>companyAdd</c> and <c>companyUpdate</c>: every field of the platform's company table.
/// Empty strings read as absent (<see langword="null"/>); ids are exact 64-bit values.
/// </summary>
public abstract class CompanyProfileEvent : IotEvent
{
    private protected CompanyProfileEvent()
    {
    }

    private long? id;
    private long? projectId;
    private string? name;
    private string? phone;
    private CompanyIdType? idType;
    private string? idNumber;
    private IReadOnlyList<long> spaceIds = [];
    private long? customerGradeId;
    private long? customerTypeId;
    private string? emergencyContactName;
    private string? emergencyContactPhone;
    private string? address;
    private string? email;
    private string? remark;
    private string? registrationAuthority;
    private string? legalRepresentative;
    private long? registrationDate;
    private CompanyStatus? status;
    private string? registeredCapital;
    private string? registeredAddress;
    private string? fax;
    private string? employeeCount;
    private string? stockCode;
    private HighTechCertification? highTechCertification;
    private string? website;
    private string? income;
    private string? profit;
    private string? taxPaid;
    private string? industry;
    private string? researchSpending;
    private string? merchantCode;
    private string? logoUrl;
    private CustomerStatus? customerStatus;

    /// <summary><c>id</c>: the company id (主键id).</summary>
    [JsonIgnore]
    public long? Id { get => id; init => id = value; }

    [JsonInclude]
    [JsonPropertyName("id")]
    [JsonConverter(typeof(IotInt64Converter))]
    internal long? IdJson { get => id; set => id = value; }

    /// <summary><c>projectId</c>: the project id (项目id).</summary>
    [JsonIgnore]
    public long? ProjectId { get => projectId; init => projectId = value; }

    [JsonInclude]
    [JsonPropertyName("projectId")]
    [JsonConverter(typeof(IotInt64Converter))]
    internal long? ProjectIdJson { get => projectId; set => projectId = value; }

    /// <summary><c>name</c>: the name.</summary>
    [JsonIgnore]
    public string? Name { get => name; init => name = value; }

    [JsonInclude]
    [JsonPropertyName("name")]
    [JsonConverter(typeof(IotStringConverter))]
    internal string? NameJson { get => name; set => name = value; }

    /// <summary><c>phone</c>: the phone number.</summary>
    [JsonIgnore]
    public string? Phone { get => phone; init => phone = value; }

    [JsonInclude]
    [JsonPropertyName("phone")]
    [JsonConverter(typeof(IotStringConverter))]
    internal string? PhoneJson { get => phone; set => phone = value; }

    /// <summary><c>idType</c>: the kind of registration number.</summary>
    [JsonIgnore]
    public CompanyIdType? IdType { get => idType; init => idType = value; }

    [JsonInclude]
    [JsonPropertyName("idType")]
    [JsonConverter(typeof(IotCodeConverter<CompanyIdType>))]
    internal CompanyIdType? IdTypeJson { get => idType; set => idType = value; }

    /// <summary><c>idNumber</c>: the registration number (证件号码).</summary>
    [JsonIgnore]
    public string? IdNumber { get => idNumber; init => idNumber = value; }

    [JsonInclude]
    [JsonPropertyName("idNumber")]
    [JsonConverter(typeof(IotStringConverter))]
    internal string? IdNumberJson { get => idNumber; set => idNumber = value; }

    /// <summary><c>spaceIds</c>: the spaces the company belongs to (所属空间); empty when none.</summary>
    [JsonIgnore]
    public IReadOnlyList<long> SpaceIds { get => spaceIds; init => spaceIds = value ?? []; }

    [JsonInclude]
    [JsonPropertyName("spaceIds")]
    [JsonConverter(typeof(IotInt64ListConverter))]
    internal IReadOnlyList<long> SpaceIdsJson { get => spaceIds; set => spaceIds = value ?? []; }

    /// <summary><c>customerGradeId</c>: the customer grade (客户级别id).</summary>
    [JsonIgnore]
    public long? CustomerGradeId { get => customerGradeId; init => customerGradeId = value; }

    [JsonInclude]
    [JsonPropertyName("customerGradeId")]
    [JsonConverter(typeof(IotInt64Converter))]
    internal long? CustomerGradeIdJson { get => customerGradeId; set => customerGradeId = value; }

    /// <summary><c>customerTypeId</c>: the customer type (客户类型id).</summary>
    [JsonIgnore]
    public long? CustomerTypeId { get => customerTypeId; init => customerTypeId = value; }

    [JsonInclude]
    [JsonPropertyName("customerTypeId")]
    [JsonConverter(typeof(IotInt64Converter))]
    internal long? CustomerTypeIdJson { get => customerTypeId; set => customerTypeId = value; }

    /// <summary><c>contractName</c>: the emergency contact (紧急联系人姓名; the wire name says "contract").</summary>
    [JsonIgnore]
    public string? EmergencyContactName { get => emergencyContactName; init => emergencyContactName = value; }

    [JsonInclude]
    [JsonPropertyName("contractName")]
    [JsonConverter(typeof(IotStringConverter))]
    internal string? EmergencyContactNameJson { get => emergencyContactName; set => emergencyContactName = value; }

    /// <summary><c>contractPhone</c>: the emergency contact's phone (紧急联系人电话).</summary>
    [JsonIgnore]
    public string? EmergencyContactPhone { get => emergencyContactPhone; init => emergencyContactPhone = value; }

    [JsonInclude]
    [JsonPropertyName("contractPhone")]
    [JsonConverter(typeof(IotStringConverter))]
    internal string? EmergencyContactPhoneJson { get => emergencyContactPhone; set => emergencyContactPhone = value; }

    /// <summary><c>address</c>: the address (客户地址).</summary>
    [JsonIgnore]
    public string? Address { get => address; init => address = value; }

    [JsonInclude]
    [JsonPropertyName("address")]
    [JsonConverter(typeof(IotStringConverter))]
    internal string? AddressJson { get => address; set => address = value; }

    /// <summary><c>email</c>: the e-mail address.</summary>
    [JsonIgnore]
    public string? Email { get => email; init => email = value; }

    [JsonInclude]
    [JsonPropertyName("email")]
    [JsonConverter(typeof(IotStringConverter))]
    internal string? EmailJson { get => email; set => email = value; }

    /// <summary><c>remark</c>: a remark.</summary>
    [JsonIgnore]
    public string? Remark { get => remark; init => remark = value; }

    [JsonInclude]
    [JsonPropertyName("remark")]
    [JsonConverter(typeof(IotStringConverter))]
    internal string? RemarkJson { get => remark; set => remark = value; }

    /// <summary><c>registrationName</c>: the registration authority (登记机关).</summary>
    [JsonIgnore]
    public string? RegistrationAuthority { get => registrationAuthority; init => registrationAuthority = value; }

    [JsonInclude]
    [JsonPropertyName("registrationName")]
    [JsonConverter(typeof(IotStringConverter))]
    internal string? RegistrationAuthorityJson { get => registrationAuthority; set => registrationAuthority = value; }

    /// <summary><c>legalPerson</c>: the registered legal representative (登记法人).</summary>
    [JsonIgnore]
    public string? LegalRepresentative { get => legalRepresentative; init => legalRepresentative = value; }

    [JsonInclude]
    [JsonPropertyName("legalPerson")]
    [JsonConverter(typeof(IotStringConverter))]
    internal string? LegalRepresentativeJson { get => legalRepresentative; set => legalRepresentative = value; }

    /// <summary><c>registerDate</c>: the date of establishment (成立日期), as the platform sends it (a <c>long</c>, usually Unix milliseconds).</summary>
    [JsonIgnore]
    public long? RegistrationDate { get => registrationDate; init => registrationDate = value; }

    [JsonInclude]
    [JsonPropertyName("registerDate")]
    [JsonConverter(typeof(IotInt64Converter))]
    internal long? RegistrationDateJson { get => registrationDate; set => registrationDate = value; }

    /// <summary><c>status</c>: the registration status (企业状态).</summary>
    [JsonIgnore]
    public CompanyStatus? Status { get => status; init => status = value; }

    [JsonInclude]
    [JsonPropertyName("status")]
    [JsonConverter(typeof(IotCodeConverter<CompanyStatus>))]
    internal CompanyStatus? StatusJson { get => status; set => status = value; }

    /// <summary><c>registerCapital</c>: the registered capital (注册资本), as text.</summary>
    [JsonIgnore]
    public string? RegisteredCapital { get => registeredCapital; init => registeredCapital = value; }

    [JsonInclude]
    [JsonPropertyName("registerCapital")]
    [JsonConverter(typeof(IotStringConverter))]
    internal string? RegisteredCapitalJson { get => registeredCapital; set => registeredCapital = value; }

    /// <summary><c>registerAddress</c>: the registered address (注册地点).</summary>
    [JsonIgnore]
    public string? RegisteredAddress { get => registeredAddress; init => registeredAddress = value; }

    [JsonInclude]
    [JsonPropertyName("registerAddress")]
    [JsonConverter(typeof(IotStringConverter))]
    internal string? RegisteredAddressJson { get => registeredAddress; set => registeredAddress = value; }

    /// <summary><c>fax</c>: the fax number.</summary>
    [JsonIgnore]
    public string? Fax { get => fax; init => fax = value; }

    [JsonInclude]
    [JsonPropertyName("fax")]
    [JsonConverter(typeof(IotStringConverter))]
    internal string? FaxJson { get => fax; set => fax = value; }

    /// <summary><c>employeeCount</c>: the number of employees (员工数), as text.</summary>
    [JsonIgnore]
    public string? EmployeeCount { get => employeeCount; init => employeeCount = value; }

    [JsonInclude]
    [JsonPropertyName("employeeCount")]
    [JsonConverter(typeof(IotStringConverter))]
    internal string? EmployeeCountJson { get => employeeCount; set => employeeCount = value; }

    /// <summary><c>stockCode</c>: the stock code (股票代码).</summary>
    [JsonIgnore]
    public string? StockCode { get => stockCode; init => stockCode = value; }

    [JsonInclude]
    [JsonPropertyName("stockCode")]
    [JsonConverter(typeof(IotStringConverter))]
    internal string? StockCodeJson { get => stockCode; set => stockCode = value; }

    /// <summary><c>countryCertification</c>: the national high-tech enterprise certification (国高认证).</summary>
    [JsonIgnore]
    public HighTechCertification? HighTechCertification { get => highTechCertification; init => highTechCertification = value; }

    [JsonInclude]
    [JsonPropertyName("countryCertification")]
    [JsonConverter(typeof(IotCodeConverter<HighTechCertification>))]
    internal HighTechCertification? HighTechCertificationJson { get => highTechCertification; set => highTechCertification = value; }

    /// <summary><c>website</c>: the website.</summary>
    [JsonIgnore]
    public string? Website { get => website; init => website = value; }

    [JsonInclude]
    [JsonPropertyName("website")]
    [JsonConverter(typeof(IotStringConverter))]
    internal string? WebsiteJson { get => website; set => website = value; }

    /// <summary><c>income</c>: the income (收入), as text.</summary>
    [JsonIgnore]
    public string? Income { get => income; init => income = value; }

    [JsonInclude]
    [JsonPropertyName("income")]
    [JsonConverter(typeof(IotStringConverter))]
    internal string? IncomeJson { get => income; set => income = value; }

    /// <summary><c>profit</c>: the profit (利润), as text.</summary>
    [JsonIgnore]
    public string? Profit { get => profit; init => profit = value; }

    [JsonInclude]
    [JsonPropertyName("profit")]
    [JsonConverter(typeof(IotStringConverter))]
    internal string? ProfitJson { get => profit; set => profit = value; }

    /// <summary><c>ratal</c>: the tax paid (纳税额), as text.</summary>
    [JsonIgnore]
    public string? TaxPaid { get => taxPaid; init => taxPaid = value; }

    [JsonInclude]
    [JsonPropertyName("ratal")]
    [JsonConverter(typeof(IotStringConverter))]
    internal string? TaxPaidJson { get => taxPaid; set => taxPaid = value; }

    /// <summary><c>whichIndustry</c>: the industry (所属行业).</summary>
    [JsonIgnore]
    public string? Industry { get => industry; init => industry = value; }

    [JsonInclude]
    [JsonPropertyName("whichIndustry")]
    [JsonConverter(typeof(IotStringConverter))]
    internal string? IndustryJson { get => industry; set => industry = value; }

    /// <summary><c>developmentCost</c>: the R&amp;D spending (研发投入), as text.</summary>
    [JsonIgnore]
    public string? ResearchSpending { get => researchSpending; init => researchSpending = value; }

    [JsonInclude]
    [JsonPropertyName("developmentCost")]
    [JsonConverter(typeof(IotStringConverter))]
    internal string? ResearchSpendingJson { get => researchSpending; set => researchSpending = value; }

    /// <summary><c>merchantCode</c>: the merchant number (商户号).</summary>
    [JsonIgnore]
    public string? MerchantCode { get => merchantCode; init => merchantCode = value; }

    [JsonInclude]
    [JsonPropertyName("merchantCode")]
    [JsonConverter(typeof(IotStringConverter))]
    internal string? MerchantCodeJson { get => merchantCode; set => merchantCode = value; }

    /// <summary><c>logoUrl</c>: the company logo (企业Logo).</summary>
    [JsonIgnore]
    public string? LogoUrl { get => logoUrl; init => logoUrl = value; }

    [JsonInclude]
    [JsonPropertyName("logoUrl")]
    [JsonConverter(typeof(IotStringConverter))]
    internal string? LogoUrlJson { get => logoUrl; set => logoUrl = value; }

    /// <summary><c>customerStatus</c>: whether the company is enabled (1 normal, 2 disabled).</summary>
    [JsonIgnore]
    public CustomerStatus? CustomerStatus { get => customerStatus; init => customerStatus = value; }

    [JsonInclude]
    [JsonPropertyName("customerStatus")]
    [JsonConverter(typeof(IotCodeConverter<CustomerStatus>))]
    internal CustomerStatus? CustomerStatusJson { get => customerStatus; set => customerStatus = value; }

    /// <summary>The event in short: kind, ids and event type.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Key} id={Id} projectId={ProjectId} eventType={EventType} status={Status}";
}
