namespace MemberCards.Sdk.Iot;

/// <summary><c>companyAdd</c>: a company was created (企业新增).</summary>
public sealed class CompanyAddEvent : CompanyProfileEvent
{
    /// <inheritdoc />
    public override IotEventKind Kind => IotEventKind.CompanyAdd;

    /// <inheritdoc />
    public override string Key => "companyAdd";
}
