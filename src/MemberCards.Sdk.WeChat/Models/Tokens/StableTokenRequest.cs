namespace MemberCards.Sdk.WeChat;

/// <summary>The body of <c>POST /cgi-bin/stable_token</c>.</summary>
internal sealed class StableTokenRequest
{
    public string GrantType { get; init; } = "client_credential";

    [JsonPropertyName("appid")]
    public string? AppId { get; init; }

    public string? Secret { get; init; }

    public bool? ForceRefresh { get; init; }

    public override string ToString() => $"StableTokenRequest {{ AppId = {AppId}, Secret = {Redaction.Secret(Secret)} }}";
}
