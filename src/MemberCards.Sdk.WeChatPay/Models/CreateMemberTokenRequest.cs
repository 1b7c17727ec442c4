using System.Text.Json.Serialization;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// The body of POST <c>/pre-auth-tokens</c> (<see cref="IWeChatPayBrandCardClient.CreatePreAuthTokenAsync"/>) and
/// POST <c>/pay-view-tokens</c> (<see cref="IWeChatPayBrandCardClient.CreatePayViewTokenAsync"/>): the user and template a token is for.
/// </summary>
public sealed record CreateMemberTokenRequest
{
    /// <summary><c>brand_id</c> (at most 32 characters); required.</summary>
    [JsonPropertyName("brand_id")]
    public required string BrandId { get; set; }

    /// <summary><c>card_id</c>: the template (at most 32 characters); required.</summary>
    [JsonPropertyName("card_id")]
    public required string CardId { get; set; }

    /// <summary><c>openid</c> (at most 128 characters); required.</summary>
    [JsonPropertyName("openid")]
    public required string OpenId { get; set; }
}
