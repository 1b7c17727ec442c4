using System.Text.Json.Serialization;

namespace MemberCards.Sdk.Benchmarks.WeChat;

/// <summary>The floor's model of a <c>card/membercard/userinfo/get</c> answer: the SDK's fields, as plain properties.</summary>
public sealed class FloorMemberInfo
{
    [JsonPropertyName("errcode")]
    public int ErrCode { get; set; }

    [JsonPropertyName("errmsg")]
    public string? ErrMsg { get; set; }

    [JsonPropertyName("openid")]
    public string? OpenId { get; set; }

    [JsonPropertyName("nickname")]
    public string? Nickname { get; set; }

    [JsonPropertyName("membership_number")]
    public string? MembershipNumber { get; set; }

    [JsonPropertyName("bonus")]
    public long? Bonus { get; set; }

    [JsonPropertyName("balance")]
    public long? Balance { get; set; }

    [JsonPropertyName("sex")]
    public string? Sex { get; set; }

    [JsonPropertyName("user_info")]
    public FloorUserForm? UserInfo { get; set; }

    [JsonPropertyName("user_card_status")]
    public string? UserCardStatus { get; set; }

    [JsonPropertyName("has_active")]
    public bool? HasActive { get; set; }
}
