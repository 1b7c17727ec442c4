namespace MemberCards.Sdk.Iot;

/// <summary><c>customerBindCompany</c>: a customer was bound to companies (客户绑定企业).</summary>
public sealed class CustomerBindCompanyEvent() : CustomerCompanyBindingEvent(IotEventKind.CustomerBindCompany);
