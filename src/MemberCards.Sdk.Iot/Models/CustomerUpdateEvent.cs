namespace MemberCards.Sdk.Iot;

/// <summary><c>customerUpdate</c>: a customer was changed, or enabled/disabled (<see cref="IotEvent.EventType"/>) (客户更新).</summary>
public sealed class CustomerUpdateEvent() : CustomerProfileEvent(IotEventKind.CustomerUpdate);
