using System.Text.Json.Serialization;

namespace MemberCards.Sdk.WeChat;

/// <summary>
/// card/create for a member card. Plain data: it round-trips through System.Text.Json with
/// <see cref="WeChatJson.SerializerOptions"/> as <c>{"member_card":{...}}</c>; the client wraps it in WeChat's
/// <c>{"card":{"card_type":"MEMBER_CARD","member_card":{...}}}</c> envelope when it sends it.
/// </summary>
public sealed class WeChatCreateMemberCardRequest
{
    /// <summary>The member card to create (<c>member_card</c>).</summary>
    [JsonPropertyName("member_card")]
    public required WeChatMemberCard MemberCard { get; init; }
}

/// <summary>The card/create answer.</summary>
public sealed class WeChatCreateCardResponse : WeChatResponse
{
    /// <summary>The new card id (<c>card_id</c>); the card is submitted for review automatically.</summary>
    [JsonPropertyName("card_id")]
    public string? CardId { get; init; }
}

/// <summary>The JSON envelope <c>{"card":{...}}</c> of card/create.</summary>
internal sealed class CardEnvelope
{
    [JsonPropertyName("card")]
    public CardBody? Card { get; init; }
}

/// <summary>The <c>card</c> object: its type and the member card.</summary>
internal sealed class CardBody
{
    [JsonPropertyName("card_type")]
    public string? CardType { get; init; }

    [JsonPropertyName("member_card")]
    public WeChatMemberCard? MemberCard { get; init; }
}
