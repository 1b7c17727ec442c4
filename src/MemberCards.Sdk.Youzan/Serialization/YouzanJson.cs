using System.Text.Json.Serialization.Metadata;

namespace MemberCards.Sdk.Youzan;

/// <summary>The SDK's JSON conventions for every Youzan push and event, for a host that logs, queues or stores them.</summary>
public static class YouzanJson
{
    private static readonly JsonSerializerOptions Options = MemberCardsJson.CreateOptions(YouzanJsonContext.Default);

    internal static readonly JsonTypeInfo<CardMessageWire> Card = (JsonTypeInfo<CardMessageWire>)Options.GetTypeInfo(typeof(CardMessageWire));

    internal static readonly JsonTypeInfo<CustomerCardMessageWire> CustomerCard = (JsonTypeInfo<CustomerCardMessageWire>)Options.GetTypeInfo(typeof(CustomerCardMessageWire));

    /// <summary>
    /// The serializer options the Youzan dispatcher itself reads messages with (source-generated metadata of every
    /// Youzan model, nulls omitted, Chinese text unescaped; read-only). Every push and event type round-trips through
    /// them: <c>JsonSerializer.Serialize(cardEvent, YouzanJson.SerializerOptions)</c> and back. An envelope keeps its
    /// field names (<c>kdt_id</c>, <c>msg</c> exactly as received ...); an event keeps its push under <c>push</c>.
    /// </summary>
    public static JsonSerializerOptions SerializerOptions => Options;
}
