using MemberCards.Sdk.WeChat;

namespace MemberCards.Sdk.Testing.WeChat;

/// <summary>The documented required fields and limits of card/create, as the emulator enforces them.</summary>
internal static class WeChatCardRules
{
    private static readonly HashSet<string> CodeTypes = new(StringComparer.Ordinal)
    {
        "CODE_TYPE_TEXT", "CODE_TYPE_BARCODE", "CODE_TYPE_QRCODE", "CODE_TYPE_ONLY_QRCODE", "CODE_TYPE_ONLY_BARCODE", "CODE_TYPE_NONE",
    };

    private static readonly (string Name, int MaxBytes)[] BaseTexts =
    [
        ("logo_url", 128), ("brand_name", 36), ("title", 27), ("notice", 48), ("description", 3072), ("service_phone", 24),
        ("center_title", 18), ("center_sub_title", 24), ("center_url", 128), ("custom_url_name", 15), ("custom_url", 128),
        ("custom_url_sub_title", 18), ("promotion_url_name", 15), ("promotion_url", 128), ("promotion_url_sub_title", 18),
    ];

    /// <summary>Checks a card/create body; returns 0 or the errcode with its message.</summary>
    public static (int Code, string Message) CheckCreate(JsonElement root)
    {
        if (ContainsNull(root))
        {
            return (WeChatErrorCodes.DataFormatError, "data format error hint: explicit null");
        }

        if (!root.TryGetProperty("card", out var card) || card.ValueKind != JsonValueKind.Object)
        {
            return (WeChatErrorCodes.MissingRequiredField, "missing required fields hint: [card]");
        }

        if (!card.TryGetProperty("card_type", out var type) || type.GetString() != WeChatConstants.MemberCardType)
        {
            return (WeChatErrorCodes.InvalidCardType, "invalid card type");
        }

        if (!card.TryGetProperty("member_card", out var member) || member.ValueKind != JsonValueKind.Object)
        {
            return (WeChatErrorCodes.MissingRequiredField, "missing required fields hint: [member_card]");
        }

        if (!member.TryGetProperty("base_info", out var info) || info.ValueKind != JsonValueKind.Object)
        {
            return (WeChatErrorCodes.MissingRequiredField, "missing required fields hint: [base_info]");
        }

        foreach (var required in new[] { "logo_url", "brand_name", "code_type", "title", "color", "notice", "description", "date_info", "sku" })
        {
            if (!info.TryGetProperty(required, out _))
            {
                return (WeChatErrorCodes.MissingRequiredField, $"missing required fields hint: [{required}]");
            }
        }

        foreach (var (name, max) in BaseTexts)
        {
            if (info.TryGetProperty(name, out var value) && (value.ValueKind != JsonValueKind.String || Encoding.UTF8.GetByteCount(value.GetString()!) > max))
            {
                return (WeChatErrorCodes.FieldTooLong, $"field size out of limit hint: [{name}]");
            }
        }

        if (!WeChatCardColors.All.Contains(info.GetProperty("color").GetString() ?? string.Empty))
        {
            return (40045, "invalid color");
        }

        if (!CodeTypes.Contains(info.GetProperty("code_type").GetString() ?? string.Empty))
        {
            return (WeChatErrorCodes.InvalidCodeType, "invalid code type");
        }

        var date = info.GetProperty("date_info");
        var dateType = date.TryGetProperty("type", out var dt) ? dt.GetString() : null;
        var dateOk = dateType switch
        {
            "DATE_TYPE_PERMANENT" => true,
            "DATE_TYPE_FIX_TIME_RANGE" => date.TryGetProperty("begin_timestamp", out var b) && date.TryGetProperty("end_timestamp", out var e) && e.GetInt64() > b.GetInt64(),
            "DATE_TYPE_FIX_TERM" => date.TryGetProperty("fixed_term", out var t) && t.GetInt32() > 0,
            _ => false,
        };
        if (!dateOk)
        {
            return (WeChatErrorCodes.InvalidTimeRange, "invalid time range");
        }

        if (!info.GetProperty("sku").TryGetProperty("quantity", out var quantity) || quantity.GetInt64() is < 0 or > 100_000_000)
        {
            return (WeChatErrorCodes.InvalidStock, "invalid stock");
        }

        foreach (var required in new[] { "prerogative", "supply_bonus", "supply_balance" })
        {
            if (!member.TryGetProperty(required, out _))
            {
                return (WeChatErrorCodes.MissingRequiredField, $"missing required fields hint: [m_data.has_{required}]");
            }
        }

        if (member.GetProperty("supply_bonus").ValueKind is not (JsonValueKind.True or JsonValueKind.False)
            || member.GetProperty("supply_balance").ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            return (WeChatErrorCodes.DataFormatError, "data format error hint: supply_bonus/supply_balance must be bool");
        }

        if (Encoding.UTF8.GetByteCount(member.GetProperty("prerogative").GetString() ?? string.Empty) > 3072)
        {
            return (WeChatErrorCodes.FieldTooLong, "field size out of limit hint: [prerogative]");
        }

        return (0, "ok");
    }

    /// <summary>Whether any value in the document is an explicit <c>null</c> (historically answered 47001).</summary>
    public static bool ContainsNull(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null => true,
        JsonValueKind.Object => element.EnumerateObject().Any(p => ContainsNull(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().Any(ContainsNull),
        _ => false,
    };
}
