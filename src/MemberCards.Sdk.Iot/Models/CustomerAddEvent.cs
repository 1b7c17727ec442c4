namespace MemberCards.Sdk.Iot;

/// <summary><c>customerAdd</c>: a customer was created (客户新增).</summary>
public sealed class CustomerAddEvent() : CustomerProfileEvent(IotEventKind.CustomerAdd);
