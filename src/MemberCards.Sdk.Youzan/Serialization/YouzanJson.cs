using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using MemberCards.Sdk.Serialization;

namespace MemberCards.Sdk.Youzan.Serialization;

/// <summary>The SDK's JSON conventions over <see cref="YouzanJsonContext"/>, and the type metadata the events read with.</summary>
internal static class YouzanJson
{
    public static readonly JsonSerializerOptions Options = MemberCardsJson.CreateOptions(YouzanJsonContext.Default);

    public static readonly JsonTypeInfo<CardMessageWire> Card = (JsonTypeInfo<CardMessageWire>)Options.GetTypeInfo(typeof(CardMessageWire));

    public static readonly JsonTypeInfo<CustomerCardMessageWire> CustomerCard = (JsonTypeInfo<CustomerCardMessageWire>)Options.GetTypeInfo(typeof(CustomerCardMessageWire));
}
