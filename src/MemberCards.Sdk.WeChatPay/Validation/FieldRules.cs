namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// The documented limits of brand member card request fields, checked before anything is sent: each failure is a
/// <see cref="MemberCardsValidationException"/> naming the wire field.
/// </summary>
internal static class FieldRules
{
    /// <summary>A required text of at most <paramref name="maxLength"/> characters.</summary>
    public static string Required(string? value, string field, int maxLength)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw new MemberCardsValidationException(WeChatPayConstants.ServiceName, field, "is required.");
        }

        return Optional(value, field, maxLength)!;
    }

    /// <summary>A required text of any length (a path or query value whose limit WeChat Pay does not document).</summary>
    public static string Required(string? value, string field) => Required(value, field, int.MaxValue);

    /// <summary>A page: an <c>offset</c> from 0 and a <c>limit</c> from 1 to <paramref name="maxLimit"/>.</summary>
    public static void Page(int offset, int limit, int maxLimit)
    {
        InRange(offset, 0, long.MaxValue, "offset");
        InRange(limit, 1, maxLimit == int.MaxValue ? long.MaxValue : maxLimit, "limit");
    }

    /// <summary>An optional text of at most <paramref name="maxLength"/> characters.</summary>
    public static string? Optional(string? value, string field, int maxLength)
    {
        if (value is not null && value.Length > maxLength)
        {
            throw new MemberCardsValidationException(WeChatPayConstants.ServiceName, field, $"must be at most {maxLength} characters, got {value.Length}.");
        }

        return value;
    }

    /// <summary>A number within its documented range.</summary>
    public static void InRange(long value, long min, long max, string field)
    {
        if (value < min || value > max)
        {
            throw new MemberCardsValidationException(WeChatPayConstants.ServiceName, field, max == long.MaxValue ? $"must be at least {min}, got {value}." : $"must be between {min} and {max}, got {value}.");
        }
    }

    /// <summary>A time range whose end is after its start.</summary>
    public static void Ordered(DateTimeOffset begin, DateTimeOffset end, string endField)
    {
        if (end <= begin)
        {
            throw new MemberCardsValidationException(WeChatPayConstants.ServiceName, endField, "must be after begin_time.");
        }
    }
}
