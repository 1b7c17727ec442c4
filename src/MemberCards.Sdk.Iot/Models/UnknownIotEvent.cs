namespace MemberCards.Sdk.Iot;

/// <summary>
/// An entry of <c>events</c> under a key this version of the SDK does not know, kept as raw JSON so a
/// handler (<see cref="IIotMessageHandler{TEvent}"/> of <see cref="UnknownIotEvent"/>) can read it.
/// </summary>
public sealed class UnknownIotEvent : IotEvent
{
    /// <summary>Creates an unknown event.</summary>
    /// <param name="key">The key it arrived under.</param>
    /// <param name="json">Its value, as received.</param>
    public UnknownIotEvent(string key, JsonElement json)
        : base(IotEventKind.Unknown, key)
    {
        Json = json;
    }

    /// <summary>The value as received (an object for the events the platform documents).</summary>
    public JsonElement Json { get; }

    /// <summary>The value's JSON text as received.</summary>
    public string RawJson => Json.GetRawText();

    /// <inheritdoc />
    public override string ToString() => $"{Key} (unknown, {Json.ValueKind})";
}
