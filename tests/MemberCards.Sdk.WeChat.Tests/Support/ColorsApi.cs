using System.Text.Json.Serialization;
using Refit;

namespace MemberCards.Sdk.WeChat.Tests.Support;

/// <summary>A user's own Refit interface for endpoints the SDK does not model (card/getcolors, card/user/getcardlist).</summary>
public interface IWeChatColorsApi
{
    [Get("/card/getcolors")] Task<ColorsResponse> GetColorsAsync(CancellationToken cancellationToken = default);

    [Post("/card/user/getcardlist")] Task<WeChatResponse> GetCardListAsync([Body(buffered: true)] CardListRequest request, CancellationToken cancellationToken = default);
}

/// <summary>The card/getcolors answer.</summary>
public sealed class ColorsResponse : WeChatResponse
{
    [JsonPropertyName("colors")]
    public IReadOnlyList<CardColor>? Colors { get; init; }
}

/// <summary>One colour.</summary>
public sealed class CardColor
{
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    [JsonPropertyName("value")]
    public string? Value { get; init; }
}

/// <summary>The card/user/getcardlist body.</summary>
public sealed class CardListRequest
{
    [JsonPropertyName("openid")]
    public string? OpenId { get; init; }
}

/// <summary>The user's source-generated JSON metadata.</summary>
[JsonSerializable(typeof(ColorsResponse))]
[JsonSerializable(typeof(CardListRequest))]
internal sealed partial class ColorsJsonContext : JsonSerializerContext;
