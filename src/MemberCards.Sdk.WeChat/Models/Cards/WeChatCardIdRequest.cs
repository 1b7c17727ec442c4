using System.Text.Json.Serialization;

namespace MemberCards.Sdk.WeChat;

/// <summary>A request naming one card (card/get, card/delete).</summary>
public sealed class WeChatCardIdRequest
{
    /// <summary>The card id (<c>card_id</c>, required).</summary>
    [JsonPropertyName("card_id")]
    public string? CardId { get; init; }
}

/// <summary>The card/get answer.</summary>
public sealed class WeChatGetCardResponse : WeChatResponse
{
    /// <summary>The card (<c>card</c>).</summary>
    [JsonPropertyName("card")]
    public WeChatCardDetails? Card { get; init; }
}

/// <summary>A card as card/get returns it.</summary>
public sealed class WeChatCardDetails
{
    /// <summary>The card type, such as <c>MEMBER_CARD</c> (<c>card_type</c>).</summary>
    [JsonPropertyName("card_type")]
    public string? CardType { get; init; }

    /// <summary>The member card (<c>member_card</c>), when it is one.</summary>
    [JsonPropertyName("member_card")]
    public WeChatMemberCard? MemberCard { get; init; }
}

/// <summary>card/update for a member card: only the fields to change.</summary>
public sealed class WeChatUpdateCardRequest
{
    /// <summary>The card id (<c>card_id</c>, required).</summary>
    [JsonPropertyName("card_id")]
    public string? CardId { get; init; }

    /// <summary>The fields to change (<c>member_card</c>).</summary>
    [JsonPropertyName("member_card")]
    public WeChatMemberCard? MemberCard { get; init; }
}

/// <summary>The card/update answer.</summary>
public sealed class WeChatUpdateCardResponse : WeChatResponse
{
    /// <summary>Whether the change went back to review (<c>send_check</c>).</summary>
    [JsonPropertyName("send_check")]
    public bool? SendCheck { get; init; }
}

/// <summary>card/code/get: looks up one user card.</summary>
public sealed class WeChatGetCodeRequest
{
    /// <summary>The code (<c>code</c>, required, at most 20 characters).</summary>
    [JsonPropertyName("code")]
    public string? Code { get; init; }

    /// <summary>The card id (<c>card_id</c>, required for custom-code cards).</summary>
    [JsonPropertyName("card_id")]
    public string? CardId { get; init; }

    /// <summary>Answer 40127 for unusable cards (<c>check_consume</c>).</summary>
    [JsonPropertyName("check_consume")]
    public bool? CheckConsume { get; init; }
}

/// <summary>The card/code/get answer.</summary>
public sealed class WeChatGetCodeResponse : WeChatResponse
{
    /// <summary>The card and its validity (<c>card</c>).</summary>
    [JsonPropertyName("card")]
    public WeChatCodeCard? Card { get; init; }

    /// <summary>The holder (<c>openid</c>).</summary>
    [JsonPropertyName("openid")]
    public string? OpenId { get; init; }

    /// <summary>Whether it can be used now (<c>can_consume</c>).</summary>
    [JsonPropertyName("can_consume")]
    public bool? CanConsume { get; init; }

    /// <summary>The card state (<c>user_card_status</c>).</summary>
    [JsonPropertyName("user_card_status")]
    public WeChatUserCardStatus? UserCardStatus { get; init; }

    /// <summary>The channel tag it was picked up with (<c>outer_str</c>).</summary>
    [JsonPropertyName("outer_str")]
    public string? OuterStr { get; init; }
}

/// <summary>The card part of a card/code/get answer.</summary>
public sealed class WeChatCodeCard
{
    /// <summary>The card id (<c>card_id</c>).</summary>
    [JsonPropertyName("card_id")]
    public string? CardId { get; init; }

    /// <summary>Start of validity, unix seconds (<c>begin_time</c>).</summary>
    [JsonPropertyName("begin_time")]
    public long? BeginTime { get; init; }

    /// <summary>End of validity, unix seconds (<c>end_time</c>).</summary>
    [JsonPropertyName("end_time")]
    public long? EndTime { get; init; }
}

/// <summary>card/code/decrypt: turns an <c>encrypt_code</c> into the code.</summary>
public sealed class WeChatDecryptCodeRequest
{
    /// <summary>The <c>encrypt_code</c> as received (required).</summary>
    [JsonPropertyName("encrypt_code")]
    public string? EncryptCode { get; init; }
}

/// <summary>The card/code/decrypt answer.</summary>
public sealed class WeChatDecryptCodeResponse : WeChatResponse
{
    /// <summary>The code (<c>code</c>).</summary>
    [JsonPropertyName("code")]
    public string? Code { get; init; }
}

/// <summary>card/code/unavailable: invalidates one user card, irreversibly.</summary>
public sealed class WeChatMakeCodeUnavailableRequest
{
    /// <summary>The code (<c>code</c>, required).</summary>
    [JsonPropertyName("code")]
    public string? Code { get; init; }

    /// <summary>The card id (<c>card_id</c>).</summary>
    [JsonPropertyName("card_id")]
    public string? CardId { get; init; }

    /// <summary>The reason (<c>reason</c>).</summary>
    [JsonPropertyName("reason")]
    public string? Reason { get; init; }
}
