namespace MemberCards.Sdk.WeChat;

/// <summary>The JSON envelope <c>{"card":{...}}</c> of card/create.</summary>
internal sealed class CardEnvelope
{
    public CardBody? Card { get; set; }
}
