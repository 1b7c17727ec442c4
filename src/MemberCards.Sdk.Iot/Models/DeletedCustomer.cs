using System.Text.Json.Serialization;

namespace MemberCards.Sdk.Iot;

/// <summary>One entry of <c>customerDelete.customerUserDTOS</c>: a deleted customer.</summary>
public sealed class DeletedCustomer
{
    /// <summary><c>customerId</c>: the customer id (客户id).</summary>
    [JsonPropertyName("customerId")]
    [JsonConverter(typeof(IotInt64Converter))]
    public long? CustomerId { get; init; }

    /// <summary><c>openId</c>: the user id within the tenant (租户用户id).</summary>
    [JsonPropertyName("openId")]
    [JsonConverter(typeof(IotStringConverter))]
    public string? OpenId { get; init; }

    /// <summary><c>userId</c>: the global user id (全局用户ID).</summary>
    [JsonPropertyName("userId")]
    [JsonConverter(typeof(IotStringConverter))]
    public string? UserId { get; init; }

    /// <summary><c>companyIds</c>: the companies the customer belonged to (企业id集合).</summary>
    [JsonPropertyName("companyIds")]
    [JsonConverter(typeof(IotInt64ListConverter))]
    public IReadOnlyList<long> CompanyIds { get; init => field = value ?? []; } = [];

    /// <inheritdoc />
    public override string ToString() => $"customerId={CustomerId} companyIds=[{string.Join(',', CompanyIds)}]";
}
