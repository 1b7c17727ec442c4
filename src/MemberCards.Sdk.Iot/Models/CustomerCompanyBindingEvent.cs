using System.Text.Json.Serialization;

namespace MemberCards.Sdk.Iot;

/// <summary>The fields of <c>customerBindCompany</c> and <c>customerUnbindCompany</c>.</summary>
public abstract class CustomerCompanyBindingEvent : IotEvent
{
    private protected CustomerCompanyBindingEvent()
    {
    }

    /// <summary><c>customerId</c>: the customer id (客户id).</summary>
    [JsonPropertyName("customerId")]
    [JsonConverter(typeof(IotInt64Converter))]
    public long? CustomerId { get; init; }

    /// <summary><c>companyIds</c>: the companies (企业id集合).</summary>
    [JsonPropertyName("companyIds")]
    [JsonConverter(typeof(IotInt64ListConverter))]
    public IReadOnlyList<long> CompanyIds { get; init => field = value ?? []; } = [];

    /// <summary><c>outCompanyIds</c>: the companies' external ids (外部企业id集合); empty when not sent.</summary>
    [JsonPropertyName("outCompanyIds")]
    [JsonConverter(typeof(IotStringListConverter))]
    public IReadOnlyList<string> OutCompanyIds { get; init => field = value ?? []; } = [];

    /// <summary><c>projectId</c>: the project id (项目id).</summary>
    [JsonPropertyName("projectId")]
    [JsonConverter(typeof(IotInt64Converter))]
    public long? ProjectId { get; init; }

    /// <summary><c>openId</c>: the user id within the tenant (租户用户id).</summary>
    [JsonPropertyName("openId")]
    [JsonConverter(typeof(IotStringConverter))]
    public string? OpenId { get; init; }

    /// <summary><c>userId</c>: the global user id (全局用户ID): the same for one phone number across tenants.</summary>
    [JsonPropertyName("userId")]
    [JsonConverter(typeof(IotStringConverter))]
    public string? UserId { get; init; }

    /// <summary>The event in short: kind, customer and companies.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Key} customerId={CustomerId} companyIds=[{string.Join(',', CompanyIds)}] projectId={ProjectId}";
}
