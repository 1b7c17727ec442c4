using System.Text.Json.Serialization;

namespace MemberCards.Sdk.WeChat;

/// <summary>The answer of both token endpoints.</summary>
internal sealed class AccessTokenResponse : WeChatResponse
{
    [JsonPropertyName("access_token")]
    public string? AccessToken { get; init; }

    [JsonPropertyName("expires_in")]
    public long? ExpiresIn { get; init; }

    public override string ToString() => $"AccessTokenResponse {{ AccessToken = {Redaction.Secret(AccessToken)}, ExpiresIn = {ExpiresIn} }}";
}
