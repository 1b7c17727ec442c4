namespace MemberCards.Sdk.Iot;

/// <summary>One entry of a message's <c>events</c> object. Handle a kind with <see cref="IIotMessageHandler{TEvent}"/>.</summary>
public abstract class IotEvent
{
    // The keys of the documented kinds: the camelCase of the kind's name, as the events object's properties are named.
    private static readonly string[] Keys = [.. Enum.GetValues<IotEventKind>().Select(static kind => JsonNamingPolicy.CamelCase.ConvertName(kind.ToString()))];

    private protected IotEvent(IotEventKind kind)
        : this(kind, Keys[(int)kind])
    {
    }

    private protected IotEvent(IotEventKind kind, string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        Kind = kind;
        Key = key;
    }

    /// <summary>Which event this is. The SDK's own serialization writes it first, as <c>Kind</c> (its number); reading ignores it.</summary>
    [JsonPropertyName("Kind")]
    [JsonPropertyOrder(-1)]
    public IotEventKind Kind { get; }

    /// <summary>The key it arrived under (<c>customerAdd</c> ...). The SDK's own serialization writes it after <see cref="Kind"/>, as <c>Key</c>; reading ignores it.</summary>
    [JsonPropertyName("Key")]
    [JsonPropertyOrder(-1)]
    public string Key { get; }

    /// <summary><c>eventSendUserId</c>: the platform user who caused the event, when given.</summary>
    public string? EventSendUserId { get; set; }

    /// <summary><c>eventType</c>: a notification (default), or an enable/disable of a customer or company.</summary>
    public IotEventType? EventType { get; set; }
}
