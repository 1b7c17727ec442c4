using System.Text.Json.Serialization;
using MemberCards.Sdk.Iot.Serialization;

namespace MemberCards.Sdk.Iot;

// Each field: a public init-only property, and an internal settable twin that the JSON source generator binds
// (init-only properties would put it on the parameterized-constructor path, which boxes every value).

/// <summary>One entry of <c>customerDelete.customerUserDTOS</c>: a deleted customer.</summary>
public sealed class DeletedCustomer
{
    private long? customerId;
    private string? openId;
    private string? userId;
    private IReadOnlyList<long> companyIds = [];

    /// <summary><c>customerId</c>: the customer id (客户id).</summary>
    [JsonIgnore]
    public long? CustomerId { get => customerId; init => customerId = value; }

    [JsonInclude]
    [JsonPropertyName("customerId")]
    [JsonConverter(typeof(IotInt64Converter))]
    internal long? CustomerIdJson { get => customerId; set => customerId = value; }

    /// <summary><c>openId</c>: the user id within the tenant (租户用户id).</summary>
    [JsonIgnore]
    public string? OpenId { get => openId; init => openId = value; }

    [JsonInclude]
    [JsonPropertyName("openId")]
    [JsonConverter(typeof(IotStringConverter))]
    internal string? OpenIdJson { get => openId; set => openId = value; }

    /// <summary><c>userId</c>: the global user id (全局用户ID).</summary>
    [JsonIgnore]
    public string? UserId { get => userId; init => userId = value; }

    [JsonInclude]
    [JsonPropertyName("userId")]
    [JsonConverter(typeof(IotStringConverter))]
    internal string? UserIdJson { get => userId; set => userId = value; }

    /// <summary><c>companyIds</c>: the companies the customer belonged to (企业id集合).</summary>
    [JsonIgnore]
    public IReadOnlyList<long> CompanyIds { get => companyIds; init => companyIds = value ?? []; }

    [JsonInclude]
    [JsonPropertyName("companyIds")]
    [JsonConverter(typeof(IotInt64ListConverter))]
    internal IReadOnlyList<long> CompanyIdsJson { get => companyIds; set => companyIds = value ?? []; }

    /// <inheritdoc />
    public override string ToString() => $"customerId={CustomerId} companyIds=[{string.Join(',', CompanyIds)}]";
}
