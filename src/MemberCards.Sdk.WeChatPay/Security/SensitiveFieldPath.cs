namespace MemberCards.Sdk.WeChatPay;

/// <summary>Where a sensitive value sits in a user card; rendered as a JSON path only when an error names it.</summary>
internal readonly struct SensitiveFieldPath
{
    private readonly int field;
    private readonly int value;

    private SensitiveFieldPath(int field, int value)
    {
        this.field = field;
        this.value = value;
    }

    /// <summary><c>phone_number</c>.</summary>
    public static SensitiveFieldPath PhoneNumber => new(-1, -1);

    /// <summary><c>user_information.common_field_list[i].value</c>.</summary>
    public static SensitiveFieldPath CommonValue(int i) => new(i, -1);

    /// <summary><c>user_information.custom_field_list[i].user_chosen_values[j]</c>.</summary>
    public static SensitiveFieldPath ChosenValue(int i, int j) => new(i, j);

    public override string ToString()
        => field < 0 ? "phone_number"
        : value < 0 ? $"user_information.common_field_list[{field}].value"
        : $"user_information.custom_field_list[{field}].user_chosen_values[{value}]";
}
