using System.Text.Json.Serialization;

namespace MemberCards.Sdk.Youzan.Serialization;

/// <summary>The source-generated JSON metadata of the Youzan assembly.</summary>
[JsonSerializable(typeof(CardMessageWire))]
[JsonSerializable(typeof(CustomerCardMessageWire))]
internal sealed partial class YouzanJsonContext : JsonSerializerContext;
