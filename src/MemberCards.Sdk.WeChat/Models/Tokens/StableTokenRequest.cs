namespace MemberCards.Sdk.WeChat;

/// <summary>The body of <c>POST /cgi-bin/stable_token</c>.</summary>
internal sealed class StableTokenRequest
{
    public string GrantType { get; set; } = "client_credential";

    [JsonPropertyName("appid")]
    public string? AppId { get; set; }

    public string? Secret { get; set; }

    public bool? ForceRefresh { get; set; }

    public override string ToString() => $"StableTokenRequest {{ AppId = {AppId}, Secret = {Redaction.Secret(Secret)} }}";
}
