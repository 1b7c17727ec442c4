namespace MemberCards.Sdk.WeChatPay;

/// <summary>A merchant-defined form field the user filled in when opening the card (<c>custom_field_list[]</c>).</summary>
public sealed record CustomField
{
    /// <summary><c>name</c>: the field name.</summary>
    public string? Name { get; set; }

    /// <summary><c>user_chosen_values</c>: the values chosen, each RSA-OAEP encrypted on the wire (<see cref="SensitiveText.Reveal"/> decrypts one on first read); a <see langword="null"/> element stays <see langword="null"/>.</summary>
    public IReadOnlyList<SensitiveText?>? UserChosenValues { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"{Name} = *** ({UserChosenValues?.Count ?? 0} values)";
}
