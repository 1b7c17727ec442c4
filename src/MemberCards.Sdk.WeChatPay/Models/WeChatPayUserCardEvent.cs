using System.Text.Json.Serialization;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>A verified, decrypted brand member-card notification.</summary>
public sealed class WeChatPayUserCardEvent
{
    /// <summary>The <c>event_type</c> for <see cref="UserCardEventKind.Created"/>.</summary>
    public const string CreateEventType = "BRAND_MEMBER_CARD_SP.USER_CARD.CREATE";

    /// <summary>The <c>event_type</c> for <see cref="UserCardEventKind.Deleted"/>.</summary>
    public const string DeleteEventType = "BRAND_MEMBER_CARD_SP.USER_CARD.DELETE";

    /// <summary><c>id</c>: the notification id (the same on redeliveries: use it to de-duplicate).</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary><c>create_time</c>.</summary>
    [JsonPropertyName("create_time")]
    public DateTimeOffset? CreateTime { get; init; }

    /// <summary><c>event_type</c>, verbatim.</summary>
    [JsonPropertyName("event_type")]
    public required string EventType { get; init; }

    /// <summary>The event type as an enum.</summary>
    [JsonPropertyName("kind")]
    [JsonConverter(typeof(JsonStringEnumConverter<UserCardEventKind>))]
    public UserCardEventKind Kind { get; init; }

    /// <summary><c>summary</c>.</summary>
    [JsonPropertyName("summary")]
    public string? Summary { get; init; }

    /// <summary>The decrypted <c>resource</c>: the user card (its sensitive fields are decrypted when first revealed, see <see cref="SensitiveText"/>).</summary>
    [JsonPropertyName("user_card")]
    public required UserCard UserCard { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{EventType} {Id}: {UserCard}";
}
