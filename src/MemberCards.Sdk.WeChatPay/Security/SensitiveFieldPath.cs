namespace MemberCards.Sdk.WeChatPay;

/// <summary>Where a sensitive value sits in a user card; rendered as a JSON path only when an error names it.</summary>
internal readonly struct SensitiveFieldPath
{
    // Eight bytes, held by every SensitiveText: field is -1 for phone_number, i + 1 for entry i of a field list, and 0 in
    // the default path (a value not read through a client); value is j + 1 for chosen value j, 0 otherwise.
    private readonly int field;
    private readonly int value;

    private SensitiveFieldPath(int field, int value)
    {
        this.field = field;
        this.value = value;
    }

    /// <summary><c>phone_number</c>.</summary>
    public static SensitiveFieldPath PhoneNumber => new(-1, 0);

    /// <summary><c>user_information.common_field_list[i].value</c>.</summary>
    public static SensitiveFieldPath CommonValue(int i) => new(i + 1, 0);

    /// <summary><c>user_information.custom_field_list[i].user_chosen_values[j]</c>.</summary>
    public static SensitiveFieldPath ChosenValue(int i, int j) => new(i + 1, j + 1);

    public override string ToString() => (field, value) switch
    {
        (-1, _) => "phone_number",
        ( > 0, 0) => $"user_information.common_field_list[{field - 1}].value",
        ( > 0, > 0) => $"user_information.custom_field_list[{field - 1}].user_chosen_values[{value - 1}]",
        _ => "(a sensitive value not read through a WeChat Pay client)",
    };
}
