namespace MemberCards.Sdk.WeChat;

/// <summary>The documented limits of the card API, checked before a request is sent.</summary>
internal static partial class WeChatRequestValidator
{
    private const string Card = "card.member_card";
    private const string Base = Card + ".base_info";

    public static void ValidateCreate(WeChatMemberCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var info = card.BaseInfo ?? throw Missing(Base);
        Required(info.LogoUrl, Base + ".logo_url", 128);
        Required(info.BrandName, Base + ".brand_name", 36, "12 Chinese characters");
        Required(info.Title, Base + ".title", 27, "9 Chinese characters");
        Required(info.Notice, Base + ".notice", 48, "16 Chinese characters");
        Required(info.Description, Base + ".description", 3072, "1024 Chinese characters");
        if (info.CodeType is null or WeChatCodeType.Unknown)
        {
            throw Missing(Base + ".code_type");
        }

        if (info.Color is null)
        {
            throw Missing(Base + ".color");
        }

        ValidateBaseInfo(info, Base);
        if (info.DateInfo is null)
        {
            throw Missing(Base + ".date_info");
        }

        if (info.Sku?.Quantity is null)
        {
            throw Missing(Base + ".sku.quantity");
        }

        Required(card.Prerogative, Card + ".prerogative", 3072, "1024 Chinese characters");
        if (card.SupplyBonus is null)
        {
            throw Missing(Card + ".supply_bonus");
        }

        if (card.SupplyBalance is null)
        {
            throw Missing(Card + ".supply_balance");
        }

        ValidateMemberCard(card, Card);
    }

    public static void ValidateUpdate(WeChatUpdateCardRequest request)
    {
        Required(request.CardId, "card_id", 32);
        var card = request.MemberCard ?? throw Missing("member_card");
        if (card.BaseInfo is { } info)
        {
            ValidateBaseInfo(info, "member_card.base_info");
        }

        ValidateMemberCard(card, "member_card");
    }

    public static void ValidateWhiteList(WeChatSetTestWhiteListRequest request)
    {
        var count = (request.OpenIds?.Count ?? 0) + (request.UserNames?.Count ?? 0);
        if (count == 0)
        {
            throw new MemberCardsValidationException(WeChatConstants.ServiceName, "openid", "at least one openid or username is required.");
        }

        if (count > 10)
        {
            throw new MemberCardsValidationException(WeChatConstants.ServiceName, request.OpenIds?.Count > 10 ? "openid" : "openid+username", $"the white-list holds at most 10 testers in total, got {count}.");
        }

        Each(request.OpenIds, "openid");
        Each(request.UserNames, "username");
    }

    public static void ValidateQrCode(WeChatCreateQrCodeRequest request)
    {
        if (request.ExpireSeconds is { } seconds && (seconds < 60 || seconds > 1800))
        {
            throw new MemberCardsValidationException(WeChatConstants.ServiceName, "expire_seconds", $"must be between 60 and 1800 seconds, got {seconds}.");
        }

        var info = request.ActionInfo ?? throw Missing("action_info");
        switch (request.ActionName)
        {
            case WeChatQrCodeAction.Card:
                var card = info.Card ?? throw Missing("action_info.card");
                QrCard(card, "action_info.card");
                if (info.MultipleCard is not null)
                {
                    throw new MemberCardsValidationException(WeChatConstants.ServiceName, "action_info.multiple_card", "must not be set for QR_CARD.");
                }

                break;
            case WeChatQrCodeAction.MultipleCard:
                var list = info.MultipleCard?.CardList;
                if (list is null || list.Count == 0)
                {
                    throw Missing("action_info.multiple_card.card_list");
                }

                for (var i = 0; i < list.Count; i++)
                {
                    QrCard(list[i], $"action_info.multiple_card.card_list[{i}]");
                }

                break;
            default:
                throw new MemberCardsValidationException(WeChatConstants.ServiceName, "action_name", "must be QR_CARD or QR_MULTIPLE_CARD.");
        }
    }

    public static void ValidateActivate(WeChatActivateMemberCardRequest request)
    {
        Required(request.MembershipNumber, "membership_number", 64);
        Required(request.Code, "code", 20);
        Optional(request.InitCustomFieldValue1, "init_custom_field_value1", 12);
        Optional(request.InitCustomFieldValue2, "init_custom_field_value2", 12);
        Optional(request.InitCustomFieldValue3, "init_custom_field_value3", 12);
        if (request.ActivateBeginTime is { } begin && request.ActivateEndTime is { } end && end <= begin)
        {
            throw new MemberCardsValidationException(WeChatConstants.ServiceName, "activate_end_time", "must be after activate_begin_time.");
        }
    }

    public static void ValidateUpdateUser(WeChatUpdateMemberRequest request)
    {
        Required(request.Code, "code", 20);
        Required(request.CardId, "card_id", 32);
        if (request.Bonus is not null && request.AddBonus is not null)
        {
            throw new MemberCardsValidationException(WeChatConstants.ServiceName, "bonus", "send either bonus (new total) or add_bonus (delta), not both.");
        }

        if (request.Balance is not null && request.AddBalance is not null)
        {
            throw new MemberCardsValidationException(WeChatConstants.ServiceName, "balance", "send either balance (new total) or add_balance (delta), not both.");
        }
    }

    public static void ValidateUserForm(WeChatSetActivateUserFormRequest request)
    {
        Required(request.CardId, "card_id", 32);
        if (request.RequiredForm is null && request.OptionalForm is null)
        {
            throw new MemberCardsValidationException(WeChatConstants.ServiceName, "required_form", "set required_form or optional_form.");
        }
    }

    public static void ValidateUploadImage(WeChatUploadImageRequest request)
    {
        var extension = Path.GetExtension(request.FileName).ToUpperInvariant();
        if (extension is not (".JPG" or ".JPEG" or ".PNG"))
        {
            throw new MemberCardsValidationException(WeChatConstants.ServiceName, "buffer.filename", "must end in .jpg, .jpeg or .png.");
        }

        if (request.Content.Length is 0 or > 1024 * 1024)
        {
            throw new MemberCardsValidationException(WeChatConstants.ServiceName, "buffer", $"must be 1 byte to 1 MB, got {request.Content.Length} bytes.");
        }
    }

    public static void ValidateLandingPage(WeChatCreateLandingPageRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Banner))
        {
            throw Missing("banner");
        }

        if (string.IsNullOrWhiteSpace(request.PageTitle))
        {
            throw Missing("page_title");
        }

        if (request.Scene == WeChatLandingPageScene.Unknown)
        {
            throw Missing("scene");
        }

        if (request.CardList is not { Count: > 0 })
        {
            throw new MemberCardsValidationException(WeChatConstants.ServiceName, "card_list", "needs at least one card.");
        }

        for (var i = 0; i < request.CardList.Count; i++)
        {
            var card = request.CardList[i] ?? throw Missing($"card_list[{i}]");
            Required(card.CardId, $"card_list[{i}].card_id", 32);
            if (string.IsNullOrWhiteSpace(card.ThumbUrl))
            {
                throw Missing($"card_list[{i}].thumb_url");
            }
        }
    }

    private static void ValidateBaseInfo(WeChatCardBaseInfo info, string path)
    {
        Optional(info.LogoUrl, path + ".logo_url", 128);
        Optional(info.BrandName, path + ".brand_name", 36, "12 Chinese characters");
        Optional(info.Title, path + ".title", 27, "9 Chinese characters");
        Optional(info.Notice, path + ".notice", 48, "16 Chinese characters");
        Optional(info.Description, path + ".description", 3072, "1024 Chinese characters");
        Optional(info.ServicePhone, path + ".service_phone", 24);
        Optional(info.CenterTitle, path + ".center_title", 18);
        Optional(info.CenterSubTitle, path + ".center_sub_title", 24);
        Optional(info.CenterUrl, path + ".center_url", 128);
        Optional(info.CustomUrlName, path + ".custom_url_name", 15);
        Optional(info.CustomUrl, path + ".custom_url", 128);
        Optional(info.CustomUrlSubTitle, path + ".custom_url_sub_title", 18);
        Optional(info.PromotionUrlName, path + ".promotion_url_name", 15);
        Optional(info.PromotionUrl, path + ".promotion_url", 128);
        Optional(info.PromotionUrlSubTitle, path + ".promotion_url_sub_title", 18);
        if (info.Color is { } color && !WeChatCardColors.All.Contains(color))
        {
            throw new MemberCardsValidationException(WeChatConstants.ServiceName, path + ".color", $"'{color}' is not in the palette (Color010 .. Color102, see WeChatCardColors).");
        }

        if (info.CodeType is WeChatCodeType.Unknown)
        {
            throw new MemberCardsValidationException(WeChatConstants.ServiceName, path + ".code_type", "Unknown cannot be sent.");
        }

        if (info.Sku?.Quantity is { } quantity && (quantity < 0 || quantity > 100_000_000))
        {
            throw new MemberCardsValidationException(WeChatConstants.ServiceName, path + ".sku.quantity", $"must be 0 to 100,000,000, got {quantity}.");
        }

        if (info.LocationIds is { Count: > 0 } && info.UseAllLocations == true)
        {
            throw new MemberCardsValidationException(WeChatConstants.ServiceName, path + ".use_all_locations", "set either location_id_list or use_all_locations, not both.");
        }

        if (info.DateInfo is { } date)
        {
            ValidateDateInfo(date, path + ".date_info");
        }
    }

    private static void ValidateDateInfo(WeChatDateInfo date, string path)
    {
        switch (date.Type)
        {
            case WeChatDateInfoType.Permanent:
                if (date.BeginTimestamp is not null || date.EndTimestamp is not null || date.FixedTerm is not null || date.FixedBeginTerm is not null)
                {
                    throw new MemberCardsValidationException(WeChatConstants.ServiceName, path, "DATE_TYPE_PERMANENT takes no timestamps or terms.");
                }

                break;
            case WeChatDateInfoType.FixTimeRange:
                if (date.BeginTimestamp is not { } begin || date.EndTimestamp is not { } end)
                {
                    throw new MemberCardsValidationException(WeChatConstants.ServiceName, path, "DATE_TYPE_FIX_TIME_RANGE needs begin_timestamp and end_timestamp.");
                }

                if (end <= begin)
                {
                    throw new MemberCardsValidationException(WeChatConstants.ServiceName, path + ".end_timestamp", "must be after begin_timestamp.");
                }

                if (date.FixedTerm is not null || date.FixedBeginTerm is not null)
                {
                    throw new MemberCardsValidationException(WeChatConstants.ServiceName, path, "DATE_TYPE_FIX_TIME_RANGE takes no fixed_term or fixed_begin_term.");
                }

                break;
            case WeChatDateInfoType.FixTerm:
                if (date.FixedTerm is not { } term || term <= 0)
                {
                    throw new MemberCardsValidationException(WeChatConstants.ServiceName, path + ".fixed_term", "DATE_TYPE_FIX_TERM needs fixed_term > 0 days.");
                }

                if (date.FixedBeginTerm is < 0)
                {
                    throw new MemberCardsValidationException(WeChatConstants.ServiceName, path + ".fixed_begin_term", "must not be negative.");
                }

                if (date.BeginTimestamp is not null)
                {
                    throw new MemberCardsValidationException(WeChatConstants.ServiceName, path, "DATE_TYPE_FIX_TERM takes no begin_timestamp.");
                }

                break;
            default:
                throw new MemberCardsValidationException(WeChatConstants.ServiceName, path + ".type", "must be DATE_TYPE_PERMANENT, DATE_TYPE_FIX_TIME_RANGE or DATE_TYPE_FIX_TERM.");
        }
    }

    /// <summary>
    /// The activation fields WeChat will ignore, by its precedence (WeChat accepts every combination, so this never
    /// rejects): <c>auto_activate</c> wins over <c>activate_url</c> and <c>wx_activate</c>; <c>activate_url</c> (or its
    /// mini-program form) turns <c>wx_activate</c> off.
    /// </summary>
    /// <param name="card">The card.</param>
    /// <returns>The ignored fields and the field that wins, or <see langword="null"/> when at most one mode is set.</returns>
    public static (string Ignored, string Winner)? IgnoredActivationFields(WeChatMemberCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var url = !string.IsNullOrEmpty(card.ActivateUrl) || !string.IsNullOrEmpty(card.ActivateAppBrandUserName);
        var wx = card.WxActivate == true;
        if (card.AutoActivate == true && (url || wx))
        {
            return (string.Join(" and ", new[] { url ? "activate_url" : null, wx ? "wx_activate" : null }.Where(f => f is not null)), "auto_activate");
        }

        return url && wx ? ("wx_activate", "activate_url") : null;
    }

    private static void ValidateMemberCard(WeChatMemberCard card, string path)
    {
        Optional(card.BackgroundPicUrl, path + ".background_pic_url", 128);
        Optional(card.Prerogative, path + ".prerogative", 3072, "1024 Chinese characters");
        Optional(card.BonusUrl, path + ".bonus_url", 128);
        Optional(card.BalanceUrl, path + ".balance_url", 128);
        Optional(card.ActivateUrl, path + ".activate_url", 128);
        CustomField(card.CustomField1, path + ".custom_field1");
        CustomField(card.CustomField2, path + ".custom_field2");
        CustomField(card.CustomField3, path + ".custom_field3");
        if (card.CustomCell1 is { } cell)
        {
            Required(cell.Name, path + ".custom_cell1.name", 15);
            Optional(cell.Tips, path + ".custom_cell1.tips", 18);
            Required(cell.Url, path + ".custom_cell1.url", 128);
        }

        if (card.Discount is { } discount && (discount < 0 || discount > 100))
        {
            throw new MemberCardsValidationException(WeChatConstants.ServiceName, path + ".discount", $"must be a percentage 0..100, got {discount}.");
        }
    }

    private static void CustomField(WeChatCustomField? field, string path)
    {
        if (field is null)
        {
            return;
        }

        if (field.NameType is WeChatFieldNameType.Unknown)
        {
            throw new MemberCardsValidationException(WeChatConstants.ServiceName, path + ".name_type", "Unknown cannot be sent.");
        }

        if (field.NameType is null && string.IsNullOrEmpty(field.Name))
        {
            throw new MemberCardsValidationException(WeChatConstants.ServiceName, path, "set name_type or name.");
        }

        Optional(field.Name, path + ".name", 24);
        Optional(field.Url, path + ".url", 128);
    }

    private static void QrCard(WeChatQrCard card, string path)
    {
        Required(card.CardId, path + ".card_id", 32);
        Optional(card.Code, path + ".code", 20);
        Optional(card.OpenId, path + ".openid", 32);
    }

    private static void Each(IReadOnlyList<string>? values, string path)
    {
        if (values is null)
        {
            return;
        }

        for (var i = 0; i < values.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(values[i]))
            {
                throw new MemberCardsValidationException(WeChatConstants.ServiceName, $"{path}[{i}]", "must not be empty.");
            }
        }
    }

    public static void Required(string? value, string path, int maxBytes, string? hint = null)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw Missing(path);
        }

        Optional(value, path, maxBytes, hint);
    }

    public static void Optional(string? value, string path, int maxBytes, string? hint = null)
    {
        if (value is null)
        {
            return;
        }

        var bytes = Encoding.UTF8.GetByteCount(value);
        if (bytes > maxBytes)
        {
            var limit = hint is null ? $"at most {maxBytes} bytes" : $"at most {maxBytes} bytes ({hint})";
            throw new MemberCardsValidationException(WeChatConstants.ServiceName, path, $"is {bytes} bytes in UTF-8 ({value.Length} characters); {limit}.");
        }
    }

    private static MemberCardsValidationException Missing(string path)
        => new(WeChatConstants.ServiceName, path, "is required.");
}
