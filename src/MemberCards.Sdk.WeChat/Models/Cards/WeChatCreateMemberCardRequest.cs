namespace MemberCards.Sdk.WeChat;

/// <summary>
/// card/create for a member card. Plain data: it round-trips through System.Text.Json with
/// <see cref="WeChatJson.SerializerOptions"/> as <c>{"member_card":{...}}</c>; the client wraps it in WeChat's
/// <c>{"card":{"card_type":"MEMBER_CARD","member_card":{...}}}</c> envelope when it sends it.
/// </summary>
public sealed class WeChatCreateMemberCardRequest : IValidatedRequest
{
    /// <summary>The member card to create (<c>member_card</c>).</summary>
    public required WeChatMemberCard MemberCard { get; set; }

    /// <inheritdoc/>
    void IValidatedRequest.Validate() => WeChatRequestValidator.ValidateCreate(MemberCard);
}
