namespace MemberCards.Sdk.Iot;

/// <summary><c>companyDelete</c>: companies were deleted (企业删除).</summary>
public sealed class CompanyDeleteEvent() : IotEvent(IotEventKind.CompanyDelete)
{
    /// <summary><c>ids</c>: the deleted companies (企业id集合).</summary>
    public IReadOnlyList<long> Ids { get; set => field = value ?? []; } = [];

    /// <summary>The event in short: kind and company ids.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Key} ids=[{string.Join(',', Ids)}]";
}
