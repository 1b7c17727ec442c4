using System.Text.Json.Serialization;
using MemberCards.Sdk.Iot.Serialization;

namespace MemberCards.Sdk.Iot;

// Each field: a public init-only property, and an internal settable twin that the JSON source generator binds
// (init-only properties would put it on the parameterized-constructor path, which boxes every value).

/// <summary>The fields of <c>customerBindCompany</c> and <c>customerUnbindCompany</c>.</summary>
public abstract class CustomerCompanyBindingEvent : IotEvent
{
    private protected CustomerCompanyBindingEvent()
    {
    }

    private long? customerId;
    private IReadOnlyList<long> companyIds = [];
    private IReadOnlyList<string> outCompanyIds = [];
    private long? projectId;
    private string? openId;
    private string? userId;

    /// <summary><c>customerId</c>: the customer id (客户id).</summary>
    [JsonIgnore]
    public long? CustomerId { get => customerId; init => customerId = value; }

    [JsonInclude]
    [JsonPropertyName("customerId")]
    [JsonConverter(typeof(IotInt64Converter))]
    internal long? CustomerIdJson { get => customerId; set => customerId = value; }

    /// <summary><c>companyIds</c>: the companies (企业id集合).</summary>
    [JsonIgnore]
    public IReadOnlyList<long> CompanyIds { get => companyIds; init => companyIds = value ?? []; }

    [JsonInclude]
    [JsonPropertyName("companyIds")]
    [JsonConverter(typeof(IotInt64ListConverter))]
    internal IReadOnlyList<long> CompanyIdsJson { get => companyIds; set => companyIds = value ?? []; }

    /// <summary><c>outCompanyIds</c>: the companies' external ids (外部企业id集合); empty when not sent.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> OutCompanyIds { get => outCompanyIds; init => outCompanyIds = value ?? []; }

    [JsonInclude]
    [JsonPropertyName("outCompanyIds")]
    [JsonConverter(typeof(IotStringListConverter))]
    internal IReadOnlyList<string> OutCompanyIdsJson { get => outCompanyIds; set => outCompanyIds = value ?? []; }

    /// <summary><c>projectId</c>: the project id (项目id).</summary>
    [JsonIgnore]
    public long? ProjectId { get => projectId; init => projectId = value; }

    [JsonInclude]
    [JsonPropertyName("projectId")]
    [JsonConverter(typeof(IotInt64Converter))]
    internal long? ProjectIdJson { get => projectId; set => projectId = value; }

    /// <summary><c>openId</c>: the user id within the tenant (租户用户id).</summary>
    [JsonIgnore]
    public string? OpenId { get => openId; init => openId = value; }

    [JsonInclude]
    [JsonPropertyName("openId")]
    [JsonConverter(typeof(IotStringConverter))]
    internal string? OpenIdJson { get => openId; set => openId = value; }

    /// <summary><c>userId</c>: the global user id (全局用户ID): the same for one phone number across tenants.</summary>
    [JsonIgnore]
    public string? UserId { get => userId; init => userId = value; }

    [JsonInclude]
    [JsonPropertyName("userId")]
    [JsonConverter(typeof(IotStringConverter))]
    internal string? UserIdJson { get => userId; set => userId = value; }

    /// <summary>The event in short: kind, customer and companies.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Key} customerId={CustomerId} companyIds=[{string.Join(',', CompanyIds)}] projectId={ProjectId}";
}
