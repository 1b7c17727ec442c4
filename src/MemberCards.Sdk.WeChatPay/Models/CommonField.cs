using System.Text.Json.Serialization;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>A platform-defined form field the user filled in when opening the card (<c>common_field_list[]</c>).</summary>
public sealed class CommonField
{
    /// <summary><c>name</c>: which field.</summary>
    [JsonPropertyName("name")]
    public UserFormField Name { get; init; }

    /// <summary><c>value</c>: the value, in plain text (the SDK encrypts and decrypts it on the wire).</summary>
    [JsonPropertyName("value")]
    public string? Value { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{Name} = ***";
}
