namespace MemberCards.Sdk.Iot;

/// <summary><c>companyAdd</c>: a company was created (企业新增).</summary>
public sealed class CompanyAddEvent() : CompanyProfileEvent(IotEventKind.CompanyAdd);
