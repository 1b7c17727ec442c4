namespace MemberCards.Sdk.WeChatPay;

/// <summary>A platform-defined form field the user filled in when opening the card (<c>common_field_list[]</c>).</summary>
[JsonConverter(typeof(CommonFieldConverter))]
public sealed record CommonField
{
    /// <summary><c>name</c>: which field; <see cref="UserFormField.Unknown"/> for a name this version of the SDK does not know (see <see cref="WireName"/>).</summary>
    public UserFormField Name { get; set; }

    /// <summary>
    /// <c>name</c> exactly as received (set when a card is read). A field whose <see cref="Name"/> is
    /// <see cref="UserFormField.Unknown"/> is sent back under this name, so a read-modify-write keeps fields the SDK
    /// does not know; a known <see cref="Name"/> is always sent under its own wire name.
    /// </summary>
    public string? WireName { get; set; }

    /// <summary><c>value</c>: RSA-OAEP encrypted on the wire; <see cref="SensitiveText.Reveal"/> decrypts it on first read.</summary>
    public SensitiveText? Value { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"{(Name == UserFormField.Unknown && WireName is not null ? WireName : Name.ToString())} = ***";
}
