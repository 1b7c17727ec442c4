using System.Text.Json.Serialization;

namespace MemberCards.Sdk.Youzan;

/// <summary>The source-generated JSON metadata of the Youzan assembly (used through <see cref="YouzanJson"/>).</summary>
[JsonSerializable(typeof(CardMessageWire))]
[JsonSerializable(typeof(CustomerCardMessageWire))]
[JsonSerializable(typeof(YouzanPush))]
[JsonSerializable(typeof(YouzanCardEvent))]
[JsonSerializable(typeof(YouzanCustomerCardEvent))]
internal sealed partial class YouzanJsonContext : JsonSerializerContext;
