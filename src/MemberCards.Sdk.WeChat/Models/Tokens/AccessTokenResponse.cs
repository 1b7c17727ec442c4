namespace MemberCards.Sdk.WeChat;

/// <summary>The answer of both token endpoints.</summary>
internal sealed class AccessTokenResponse : WeChatResponse
{
    public string? AccessToken { get; set; }

    public long? ExpiresIn { get; set; }

    public override string ToString() => $"AccessTokenResponse {{ AccessToken = {Redaction.Secret(AccessToken)}, ExpiresIn = {ExpiresIn} }}";
}
