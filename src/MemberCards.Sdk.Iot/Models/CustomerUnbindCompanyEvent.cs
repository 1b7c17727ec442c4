namespace MemberCards.Sdk.Iot;

/// <summary><c>customerUnbindCompany</c>: a customer was unbound from companies (客户解绑企业).</summary>
public sealed class CustomerUnbindCompanyEvent() : CustomerCompanyBindingEvent(IotEventKind.CustomerUnbindCompany);
