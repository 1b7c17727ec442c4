using System.Text.Json.Serialization;

namespace MemberCards.Sdk.WeChat;

/// <summary>The <c>card</c> object: its type and the member card.</summary>
internal sealed class CardBody
{
    [JsonPropertyName("card_type")]
    public string? CardType { get; init; }

    [JsonPropertyName("member_card")]
    public WeChatMemberCard? MemberCard { get; init; }
}
