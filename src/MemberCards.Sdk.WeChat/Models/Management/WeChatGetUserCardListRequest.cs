namespace MemberCards.Sdk.WeChat;

/// <summary>The body of <c>card/user/getcardlist</c>: the cards one user holds.</summary>
public sealed class WeChatGetUserCardListRequest : IValidatedRequest
{
    /// <summary>The user (<c>openid</c>, required).</summary>
    [JsonPropertyName("openid")]
    public string? OpenId { get; set; }

    /// <summary>Only codes of this card (<c>card_id</c>); <see langword="null"/> lists every card of the AppId.</summary>
    public string? CardId { get; set; }

    /// <inheritdoc/>
    void IValidatedRequest.Validate() => WeChatRequestValidator.ValidateUserCardList(this);
}
