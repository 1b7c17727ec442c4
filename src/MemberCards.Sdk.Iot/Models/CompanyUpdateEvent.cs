namespace MemberCards.Sdk.Iot;

/// <summary><c>companyUpdate</c>: a company was changed, or enabled/disabled (<see cref="IotEvent.EventType"/>) (企业更新).</summary>
public sealed class CompanyUpdateEvent() : CompanyProfileEvent(IotEventKind.CompanyUpdate);
