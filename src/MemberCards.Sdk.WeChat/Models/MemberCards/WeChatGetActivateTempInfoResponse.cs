using System.Text.Json.Serialization;

namespace MemberCards.Sdk.WeChat;

/// <summary>The activatetempinfo/get answer.</summary>
public sealed class WeChatGetActivateTempInfoResponse : WeChatResponse
{
    /// <summary>The submitted form (<c>info</c>).</summary>
    [JsonPropertyName("info")]
    public WeChatUserFormInfo? Info { get; init; }
}
