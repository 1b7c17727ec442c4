using System.Text.Json.Serialization;
using MemberCards.Sdk.Iot.Dispatching;
using MemberCards.Sdk.Iot.Serialization;

namespace MemberCards.Sdk.Iot;

/// <summary>One entry of a message's <c>events</c> object. Handle a kind with <see cref="IIotEventHandler{TEvent}"/>.</summary>
public abstract class IotEvent
{
    private protected IotEvent()
    {
    }

    /// <summary>Which event this is.</summary>
    [JsonIgnore]
    public abstract IotEventKind Kind { get; }

    /// <summary>The key it arrived under (<c>customerAdd</c> ...).</summary>
    [JsonIgnore]
    public abstract string Key { get; }

    private string? eventSendUserId;
    private IotEventType? eventType;

    /// <summary><c>eventSendUserId</c>: the platform user who caused the event, when given.</summary>
    [JsonIgnore]
    public string? EventSendUserId { get => eventSendUserId; init => eventSendUserId = value; }

    [JsonInclude]
    [JsonPropertyName("eventSendUserId")]
    [JsonConverter(typeof(IotStringConverter))]
    internal string? EventSendUserIdJson { get => eventSendUserId; set => eventSendUserId = value; }

    /// <summary><c>eventType</c>: a notification (default), or an enable/disable of a customer or company.</summary>
    [JsonIgnore]
    public IotEventType? EventType { get => eventType; init => eventType = value; }

    [JsonInclude]
    [JsonPropertyName("eventType")]
    [JsonConverter(typeof(IotCodeConverter<IotEventType>))]
    internal IotEventType? EventTypeJson { get => eventType; set => eventType = value; }

    /// <summary>Hands the event to the handlers registered for its concrete type.</summary>
    internal abstract Task<int> AcceptAsync(IotHandlerInvoker invoker);
}
