using System.Text.Json.Serialization;

namespace MemberCards.Sdk.WeChat;

/// <summary>The card/get answer.</summary>
public sealed class WeChatGetCardResponse : WeChatResponse
{
    /// <summary>The card (<c>card</c>).</summary>
    [JsonPropertyName("card")]
    public WeChatCardDetails? Card { get; init; }
}
