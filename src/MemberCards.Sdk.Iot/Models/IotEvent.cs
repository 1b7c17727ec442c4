using System.Text.Json.Serialization;

namespace MemberCards.Sdk.Iot;

/// <summary>One entry of a message's <c>events</c> object. Handle a kind with <see cref="IIotMessageHandler{TEvent}"/>.</summary>
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

    /// <summary><c>eventSendUserId</c>: the platform user who caused the event, when given.</summary>
    [JsonPropertyName("eventSendUserId")]
    [JsonConverter(typeof(IotStringConverter))]
    public string? EventSendUserId { get; init; }

    /// <summary><c>eventType</c>: a notification (default), or an enable/disable of a customer or company.</summary>
    [JsonPropertyName("eventType")]
    [JsonConverter(typeof(IotCodeConverter<IotEventType>))]
    public IotEventType? EventType { get; init; }
}
