namespace MemberCards.Sdk.WeChat;

/// <summary>The fields every WeChat answer carries. The client throws <see cref="MemberCardsApiException"/> for a non-zero errcode.</summary>
public class WeChatResponse
{
    /// <summary>The errcode (0 on success).</summary>
    [JsonPropertyName("errcode")]
    public int ErrorCode { get; set; }

    /// <summary>The errmsg (<c>ok</c> on success).</summary>
    [JsonPropertyName("errmsg")]
    public string? ErrorMessage { get; set; }
}
