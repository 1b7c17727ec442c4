using System.Text.Json.Serialization;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>PATCH <c>/v3/brand/partner/card-member/membership-activities/{activity_id}</c>: change an activity's titles and times (all required).</summary>
public sealed record UpdateMembershipActivityRequest
{
    /// <summary><c>activity_id</c> (path); required.</summary>
    [JsonIgnore]
    public required string ActivityId { get; set; }

    /// <summary><c>brand_id</c> (at most 32 characters); required.</summary>
    [JsonPropertyName("brand_id")]
    public required string BrandId { get; set; }

    /// <summary><c>title</c> (at most 128 characters); required.</summary>
    [JsonPropertyName("title")]
    public required string Title { get; set; }

    /// <summary><c>sub_title</c> (at most 128 characters); required.</summary>
    [JsonPropertyName("sub_title")]
    public required string SubTitle { get; set; }

    /// <summary><c>begin_time</c>; required.</summary>
    [JsonPropertyName("begin_time")]
    public required DateTimeOffset BeginTime { get; set; }

    /// <summary><c>end_time</c> (after <see cref="BeginTime"/>); required.</summary>
    [JsonPropertyName("end_time")]
    public required DateTimeOffset EndTime { get; set; }
}
