using System.Text.Json.Serialization;

namespace MemberCards.Sdk.Benchmarks.WeChatPay;

// The floor of the WeChat Pay GET benchmark: the same fields as the SDK's UserCard, as plain mutable
// properties (enums as strings, times as DateTimeOffset?) so the floor can decrypt the sensitive ones in place.

public sealed class FloorUserCard
{
    [JsonPropertyName("user_card_code")]
    public string? UserCardCode { get; set; }

    [JsonPropertyName("card_id")]
    public string? CardId { get; set; }

    [JsonPropertyName("openid")]
    public string? OpenId { get; set; }

    [JsonPropertyName("card_color")]
    public string? CardColor { get; set; }

    [JsonPropertyName("card_picture_url")]
    public string? CardPictureUrl { get; set; }

    [JsonPropertyName("brand_id")]
    public string? BrandId { get; set; }

    [JsonPropertyName("card_type")]
    public string? CardType { get; set; }

    [JsonPropertyName("phone_number")]
    public string? PhoneNumber { get; set; }

    [JsonPropertyName("level")]
    public string? Level { get; set; }

    [JsonPropertyName("valid_date_information")]
    public FloorValidDateInformation? ValidDateInformation { get; set; }

    [JsonPropertyName("pickup_time")]
    public DateTimeOffset? PickupTime { get; set; }

    [JsonPropertyName("user_information")]
    public FloorUserInformation? UserInformation { get; set; }

    [JsonPropertyName("attach")]
    public string? Attach { get; set; }

    [JsonPropertyName("user_card_state")]
    public string? UserCardState { get; set; }

    [JsonPropertyName("invalid_reason")]
    public string? InvalidReason { get; set; }

    [JsonPropertyName("invalid_time")]
    public DateTimeOffset? InvalidTime { get; set; }

    [JsonPropertyName("create_time")]
    public DateTimeOffset? CreateTime { get; set; }

    [JsonPropertyName("modify_time")]
    public DateTimeOffset? ModifyTime { get; set; }
}

public sealed class FloorValidDateInformation
{
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    [JsonPropertyName("available_begin_time")]
    public DateTimeOffset? AvailableBeginTime { get; set; }

    [JsonPropertyName("available_end_time")]
    public DateTimeOffset? AvailableEndTime { get; set; }

    [JsonPropertyName("available_day_after_receive")]
    public int? AvailableDayAfterReceive { get; set; }
}

public sealed class FloorUserInformation
{
    [JsonPropertyName("common_field_list")]
    public List<FloorCommonField>? CommonFieldList { get; set; }

    [JsonPropertyName("custom_field_list")]
    public List<FloorCustomField>? CustomFieldList { get; set; }
}

public sealed class FloorCommonField
{
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("value")]
    public string? Value { get; set; }
}

public sealed class FloorCustomField
{
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("user_chosen_values")]
    public List<string>? UserChosenValues { get; set; }
}

[JsonSerializable(typeof(FloorUserCard))]
internal sealed partial class WeChatPayFloorJsonContext : JsonSerializerContext;
