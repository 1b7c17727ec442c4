namespace MemberCards.Sdk.Iot;

/// <summary>The fields of <c>customerBindCompany</c> and <c>customerUnbindCompany</c>.</summary>
public abstract class CustomerCompanyBindingEvent : IotEvent
{
    private protected CustomerCompanyBindingEvent(IotEventKind kind)
        : base(kind)
    {
    }

    /// <summary><c>customerId</c>: the customer id (客户id).</summary>
    public long? CustomerId { get; set; }

    /// <summary><c>companyIds</c>: the companies (企业id集合).</summary>
    public IReadOnlyList<long> CompanyIds { get; set => field = value ?? []; } = [];

    /// <summary><c>outCompanyIds</c>: the companies' external ids (外部企业id集合); empty when not sent.</summary>
    public IReadOnlyList<string> OutCompanyIds { get; set => field = value ?? []; } = [];

    /// <summary><c>projectId</c>: the project id (项目id).</summary>
    public long? ProjectId { get; set; }

    /// <summary><c>openId</c>: the user id within the tenant (租户用户id).</summary>
    public string? OpenId { get; set; }

    /// <summary><c>userId</c>: the global user id (全局用户ID): the same for one phone number across tenants.</summary>
    public string? UserId { get; set; }

    /// <summary>The event in short: kind, customer and companies.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Key} customerId={CustomerId} companyIds=[{string.Join(',', CompanyIds)}] projectId={ProjectId}";
}
