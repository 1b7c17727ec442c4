namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// The one walk over the sensitive values of a user card or request (<c>phone_number</c>,
/// <c>user_information.common_field_list[i].value</c>, <c>user_information.custom_field_list[i].user_chosen_values[j]</c>),
/// in wire order. Tying received values to a key, planning a send and sealing a request all go through it. Plain
/// loops over a struct visitor: no LINQ, no closure, and no copy unless the visitor replaces a value.
/// </summary>
internal static class SensitiveFieldWalker
{
    /// <summary>Visits every sensitive value of <paramref name="content"/>.</summary>
    /// <returns><paramref name="content"/> itself when the visitor replaced nothing; otherwise a copy (<c>with</c>) holding the replacements, every other member as it was.</returns>
    public static T Walk<T, TVisitor>(T content, ref TVisitor visitor)
        where T : UserCardContent
        where TVisitor : struct, ISensitiveValueVisitor
    {
        var phone = content.PhoneNumber is { } number ? visitor.Visit(number, SensitiveFieldPath.PhoneNumber) : null;
        var information = content.UserInformation is { } given ? Walk(given, ref visitor) : null;
        if (ReferenceEquals(phone, content.PhoneNumber) && ReferenceEquals(information, content.UserInformation))
        {
            return content;
        }

        // A record's copy is virtual: the copy is of the request's own type, with all its members.
        return (T)((UserCardContent)content with { PhoneNumber = phone, UserInformation = information });
    }

    private static UserInformation Walk<TVisitor>(UserInformation information, ref TVisitor visitor)
        where TVisitor : struct, ISensitiveValueVisitor
    {
        CommonField[]? common = null;
        if (information.CommonFieldList is { } commonFields)
        {
            for (var i = 0; i < commonFields.Count; i++)
            {
                if (commonFields[i] is { Value: { } value } field && visitor.Visit(value, SensitiveFieldPath.CommonValue(i)) is var visited && !ReferenceEquals(visited, value))
                {
                    (common ??= [.. commonFields])[i] = field with { Value = visited };
                }
            }
        }

        CustomField[]? custom = null;
        if (information.CustomFieldList is { } customFields)
        {
            for (var i = 0; i < customFields.Count; i++)
            {
                if (customFields[i] is { UserChosenValues: { } values } field && Walk(values, i, ref visitor) is { } visited)
                {
                    (custom ??= [.. customFields])[i] = field with { UserChosenValues = visited };
                }
            }
        }

        return common is null && custom is null
            ? information
            : information with { CommonFieldList = common ?? information.CommonFieldList, CustomFieldList = custom ?? information.CustomFieldList };
    }

    /// <returns>The chosen values with the visitor's replacements, or <see langword="null"/> when it replaced none.</returns>
    private static SensitiveText?[]? Walk<TVisitor>(IReadOnlyList<SensitiveText?> values, int field, ref TVisitor visitor)
        where TVisitor : struct, ISensitiveValueVisitor
    {
        SensitiveText?[]? replaced = null;
        for (var j = 0; j < values.Count; j++)
        {
            if (values[j] is { } value && visitor.Visit(value, SensitiveFieldPath.ChosenValue(field, j)) is var visited && !ReferenceEquals(visited, value))
            {
                (replaced ??= [.. values])[j] = visited;
            }
        }

        return replaced;
    }
}
