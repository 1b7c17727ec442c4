namespace MemberCards.Sdk.Youzan;

/// <summary>
/// The source-generated JSON metadata of the Youzan assembly (used through <see cref="YouzanJson"/>). Youzan names its
/// fields in snake_case (<c>kdt_id</c>, <c>card_alias</c>), so JSON names are the snake_case of the property names; a
/// property names its field only where Youzan spells it otherwise (<c>sendCount</c>, <c>msg_id</c>).
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(CardMessageWire))]
[JsonSerializable(typeof(CustomerCardMessageWire))]
[JsonSerializable(typeof(YouzanPush))]
[JsonSerializable(typeof(YouzanCardEvent))]
[JsonSerializable(typeof(YouzanCustomerCardEvent))]
internal sealed partial class YouzanJsonContext : JsonSerializerContext;
