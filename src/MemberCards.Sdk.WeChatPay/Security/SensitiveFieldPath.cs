namespace MemberCards.Sdk.WeChatPay;

/// <summary>Where a sensitive value sits in a user card; rendered as a JSON path only when an error names it.</summary>
internal readonly struct SensitiveFieldPath
{
    private const byte Phone = 1;
    private const byte Common = 2;
    private const byte Chosen = 3;
    private readonly byte kind;
    private readonly int field;
    private readonly int value;

    private SensitiveFieldPath(byte kind, int field, int value)
    {
        this.kind = kind;
        this.field = field;
        this.value = value;
    }

    /// <summary><c>phone_number</c>.</summary>
    public static SensitiveFieldPath PhoneNumber => new(Phone, -1, -1);

    /// <summary><c>user_information.common_field_list[i].value</c>.</summary>
    public static SensitiveFieldPath CommonValue(int i) => new(Common, i, -1);

    /// <summary><c>user_information.custom_field_list[i].user_chosen_values[j]</c>.</summary>
    public static SensitiveFieldPath ChosenValue(int i, int j) => new(Chosen, i, j);

    public override string ToString() => kind switch
    {
        Phone => "phone_number",
        Common => $"user_information.common_field_list[{field}].value",
        Chosen => $"user_information.custom_field_list[{field}].user_chosen_values[{value}]",
        _ => "(a sensitive value not read through a WeChat Pay client)",
    };
}
