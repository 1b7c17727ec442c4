namespace MemberCards.Sdk.WeChatPay;

/// <summary>A merchant-defined field of a card template's join form (<c>user_information.custom_field_list[]</c>).</summary>
public sealed record CardTemplateCustomField
{
    /// <summary><c>type</c>: <c>CHECK_BOX</c> or <c>RADIO</c> (open set).</summary>
    public string? Type { get; set; }

    /// <summary><c>name</c>: the field's name.</summary>
    public string? Name { get; set; }

    /// <summary><c>values</c>: the choices offered (at most 10, each at most 8 characters).</summary>
    public IReadOnlyList<string>? Values { get; set; }

    /// <summary>Checks the documented limits (at most 10 values of at most 8 characters), naming fields under <paramref name="field"/>.</summary>
    internal void Validate(string field)
    {
        if (Values is not { } values)
        {
            return;
        }

        if (values.Count > 10)
        {
            throw new MemberCardsValidationException(WeChatPayConstants.ServiceName, field + ".values", $"must hold at most 10 values, got {values.Count}.");
        }

        for (var i = 0; i < values.Count; i++)
        {
            FieldRules.Required(values[i], $"{field}.values[{i}]", 8);
        }
    }
}
