namespace MemberCards.Sdk.Iot;

/// <summary>One entry of <c>customerDelete.customerUserDTOS</c>: a deleted customer.</summary>
public sealed class DeletedCustomer
{
    /// <summary><c>customerId</c>: the customer id (客户id).</summary>
    public long? CustomerId { get; set; }

    /// <summary><c>openId</c>: the user id within the tenant (租户用户id).</summary>
    public string? OpenId { get; set; }

    /// <summary><c>userId</c>: the global user id (全局用户ID).</summary>
    public string? UserId { get; set; }

    /// <summary><c>companyIds</c>: the companies the customer belonged to (企业id集合).</summary>
    public IReadOnlyList<long> CompanyIds { get; set => field = value ?? []; } = [];

    /// <inheritdoc />
    public override string ToString() => $"customerId={CustomerId} companyIds=[{string.Join(',', CompanyIds)}]";
}
