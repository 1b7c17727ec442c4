using MemberCards.Sdk.WeChat;

namespace MemberCards.Sdk.Testing.WeChat;

/// <content>The card routes and the in-memory cards, codes and members.</content>
public sealed partial class WeChatEmulator
{
    // The RGB values the SDK's WeChatCardColors documents; the others are answered without a value.
    private static readonly (string Name, string? Value)[] Palette =
    [
        (WeChatCardColors.Color010, "#63b359"), (WeChatCardColors.Color020, "#2c9f67"), (WeChatCardColors.Color030, "#509fc9"), (WeChatCardColors.Color040, "#5885cf"),
        (WeChatCardColors.Color050, "#9062c0"), (WeChatCardColors.Color060, "#d09a45"), (WeChatCardColors.Color070, "#e4b138"), (WeChatCardColors.Color080, "#ee903c"),
        (WeChatCardColors.Color081, null), (WeChatCardColors.Color082, null), (WeChatCardColors.Color090, "#dd6549"), (WeChatCardColors.Color100, "#cc463d"),
        (WeChatCardColors.Color101, null), (WeChatCardColors.Color102, null),
    ];

    private readonly Dictionary<string, StoredCard> cards = new(StringComparer.Ordinal);
    private readonly Dictionary<string, QrTicket> tickets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, WeChatEmulatorMember> members = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> encryptedCodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> whiteLists = new(StringComparer.Ordinal);

    /// <summary>The ids of the cards created so far.</summary>
    public IReadOnlyList<string> CardIds
    {
        get
        {
            lock (gate)
            {
                return [.. cards.Keys];
            }
        }
    }

    /// <summary>The member holding <paramref name="code"/>, or <see langword="null"/>.</summary>
    /// <param name="code">The user card code.</param>
    /// <returns>The member.</returns>
    public WeChatEmulatorMember? FindMember(string code)
    {
        lock (gate)
        {
            return members.GetValueOrDefault(code);
        }
    }

    /// <summary>The current test white-list of <paramref name="appId"/>.</summary>
    /// <param name="appId">The AppId.</param>
    /// <returns>The openids and usernames last set.</returns>
    public IReadOnlyList<string> WhiteList(string appId)
    {
        lock (gate)
        {
            return whiteLists.GetValueOrDefault(appId) ?? [];
        }
    }

    /// <summary>The <c>encrypt_code</c> WeChat would append to a card URL for <paramref name="code"/> (card/code/decrypt turns it back).</summary>
    /// <param name="code">The code.</param>
    /// <returns>The encrypt_code.</returns>
    public string EncryptCode(string code)
    {
        lock (gate)
        {
            var encrypted = Convert.ToBase64String(Encoding.UTF8.GetBytes("enc:" + code + ":" + RandomText(8)));
            encryptedCodes[encrypted] = code;
            return encrypted;
        }
    }

    /// <summary>The JSON routes of this part.</summary>
    private (string Path, Func<string, JsonElement, string, Reply> Handler)[] CardRoutes() =>
    [
        (WeChatConstants.CreateCardPath, CreateCard),
        (WeChatConstants.SetTestWhiteListPath, SetWhiteList),
        (WeChatConstants.CreateQrCodePath, CreateQrCode),
        (WeChatConstants.ActivateMemberCardPath, Activate),
        (WeChatConstants.SetActivateUserFormPath, SetUserForm),
        (WeChatConstants.GetActivateTempInfoPath, GetTempInfo),
        (WeChatConstants.GetMemberInfoPath, GetUserInfo),
        (WeChatConstants.UpdateMemberPath, UpdateUser),
        (WeChatConstants.GetCardPath, GetCard),
        (WeChatConstants.UpdateCardPath, UpdateCard),
        (WeChatConstants.GetCodePath, GetCode),
        (WeChatConstants.DecryptCodePath, DecryptCode),
        (WeChatConstants.DeleteCardPath, DeleteCard),
        (WeChatConstants.MakeCodeUnavailablePath, MakeUnavailable),
    ];

    private void MapCardRoutes(IEndpointRouteBuilder app)
    {
        MapJsonRoutes(app, CardRoutes());
        app.MapPost(WeChatConstants.UploadImagePath, (RequestDelegate)UploadImageAsync);
        app.MapGet("/cgi-bin/showqrcode", (RequestDelegate)ShowQrCodeAsync);

        // Not modelled by the SDK's card client: tests call it through AddApi/CreateApi.
        app.MapGet("/card/getcolors", (RequestDelegate)GetColorsAsync);
    }

    /// <summary><c>GET /card/getcolors</c>: the 14 card colours with their RGB values.</summary>
    private async Task GetColorsAsync(HttpContext context)
    {
        if (await AuthorizeAsync(context).ConfigureAwait(false) is null)
        {
            return;
        }

        await WriteAsync(context, w =>
        {
            w.WriteStartArray("colors");
            foreach (var (name, value) in Palette)
            {
                w.WriteStartObject();
                w.WriteString("name", name);
                if (value is not null)
                {
                    w.WriteString("value", value);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
        }).ConfigureAwait(false);
    }

    /// <summary>Maps each of <paramref name="routes"/> as a POST through <see cref="JsonRouteAsync"/>.</summary>
    private void MapJsonRoutes(IEndpointRouteBuilder app, IEnumerable<(string Path, Func<string, JsonElement, string, Reply> Handler)> routes)
    {
        foreach (var (path, handler) in routes)
        {
            app.MapPost(path, (RequestDelegate)(ctx => JsonRouteAsync(ctx, handler)));
        }
    }

    /// <summary>Authorizes, parses the JSON body and runs <paramref name="handler"/> under the state lock.</summary>
    private async Task JsonRouteAsync(HttpContext context, Func<string, JsonElement, string, Reply> handler)
    {
        var appId = await AuthorizeAsync(context).ConfigureAwait(false);
        if (appId is null)
        {
            return;
        }

        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer).ConfigureAwait(false);
        var raw = Encoding.UTF8.GetString(buffer.ToArray());
        if (HasEscapedNonAscii(raw))
        {
            await ErrorAsync(context, WeChatErrorCodes.InvalidCharacters, "invalid charset. please check your request, if include \\uxxxx will create fail!").ConfigureAwait(false);
            return;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(raw);
        }
        catch (JsonException)
        {
            await ErrorAsync(context, WeChatErrorCodes.DataFormatError, "data format error").ConfigureAwait(false);
            return;
        }

        Reply reply;
        using (document)
        {
            try
            {
                lock (gate)
                {
                    reply = handler(appId, document.RootElement, raw);
                }
            }
            catch (Exception ex) when (ex is InvalidOperationException or FormatException or KeyNotFoundException)
            {
                reply = Reply.Error(WeChatErrorCodes.DataFormatError, "data format error");
            }
        }

        if (reply.Code != 0)
        {
            await ErrorAsync(context, reply.Code, reply.Message).ConfigureAwait(false);
            return;
        }

        await WriteAsync(context, reply.Write).ConfigureAwait(false);
        if (reply.AfterReply is { } after)
        {
            await after().ConfigureAwait(false);
        }
    }

    private Reply CreateCard(string appId, JsonElement root, string raw)
    {
        var (code, message) = WeChatCardRules.CheckCreate(root);
        if (code != 0)
        {
            return Reply.Error(code, message);
        }

        var cardId = "p" + RandomText(27);
        var member = JsonNode.Parse(root.GetProperty("card").GetProperty("member_card").GetRawText())!.AsObject();
        cards[cardId] = new StoredCard(appId, cardId, member);
        return Reply.Ok(w => w.WriteString("card_id", cardId));
    }

    private Reply SetWhiteList(string appId, JsonElement root, string raw)
    {
        var list = new List<string>();
        foreach (var key in new[] { "openid", "username" })
        {
            if (root.TryGetProperty(key, out var values) && values.ValueKind == JsonValueKind.Array)
            {
                list.AddRange(values.EnumerateArray().Select(v => v.GetString() ?? string.Empty));
            }
        }

        if (list.Count is 0 or > 10)
        {
            return Reply.Error(40051, "invalid field: openid/username (1..10 testers)");
        }

        whiteLists[appId] = [.. list];
        return Reply.Ok(_ => { });
    }

    private Reply CreateQrCode(string appId, JsonElement root, string raw)
    {
        var action = Text(root, "action_name");
        var expire = root.TryGetProperty("expire_seconds", out var e) ? e.GetInt32() : 365 * 86400;
        if (root.TryGetProperty("expire_seconds", out _) && (expire < 60 || expire > 1800))
        {
            return Reply.Error(WeChatErrorCodes.InvalidActionInfo, "invalid action_info hint: expire_seconds");
        }

        if (!root.TryGetProperty("action_info", out var info))
        {
            return Reply.Error(WeChatErrorCodes.InvalidActionInfo, "invalid action_info");
        }

        var entries = new List<JsonElement>();
        if (action == "QR_CARD" && info.TryGetProperty("card", out var single))
        {
            entries.Add(single);
        }
        else if (action == "QR_MULTIPLE_CARD" && info.TryGetProperty("multiple_card", out var multiple) && multiple.TryGetProperty("card_list", out var list))
        {
            entries.AddRange(list.EnumerateArray());
        }

        if (entries.Count == 0)
        {
            return Reply.Error(WeChatErrorCodes.InvalidActionInfo, "invalid action_info");
        }

        var ids = new List<string>();
        foreach (var entry in entries)
        {
            var cardId = Text(entry, "card_id") ?? string.Empty;
            if (!cards.TryGetValue(cardId, out var stored) || stored.AppId != appId)
            {
                return Reply.Error(WeChatErrorCodes.InvalidCardId, "invalid card id");
            }

            if (stored.Deleted)
            {
                return Reply.Error(WeChatErrorCodes.InvalidCardStatus, "invalid card status");
            }

            ids.Add(cardId);
        }

        var ticket = "gQ" + RandomText(62);
        tickets[ticket] = new QrTicket(appId, [.. ids], Text(entries[0], "outer_str"), Now.AddSeconds(expire));
        var seconds = expire;
        return Reply.Ok(w =>
        {
            w.WriteString("ticket", ticket);
            w.WriteNumber("expire_seconds", seconds);
            w.WriteString("url", "http://weixin.qq.com/q/" + ticket[2..24]);
            w.WriteString("show_qrcode_url", "https://mp.weixin.qq.com/cgi-bin/showqrcode?ticket=" + Uri.EscapeDataString(ticket));
        });
    }

    private async Task UploadImageAsync(HttpContext context)
    {
        if (await AuthorizeAsync(context).ConfigureAwait(false) is null)
        {
            return;
        }

        if (!context.Request.HasFormContentType)
        {
            await ErrorAsync(context, 41005, "media data missing").ConfigureAwait(false);
            return;
        }

        var form = await context.Request.ReadFormAsync().ConfigureAwait(false);
        var file = form.Files["buffer"];
        if (file is null || file.Length == 0)
        {
            await ErrorAsync(context, 41005, "media data missing").ConfigureAwait(false);
            return;
        }

        if (file.Length > 1024 * 1024)
        {
            await ErrorAsync(context, WeChatErrorCodes.InvalidImageSize, "invalid image size").ConfigureAwait(false);
            return;
        }

        var url = "http://mmbiz.qpic.cn/mmbiz/" + RandomText(40) + "/0";
        await WriteAsync(context, w => w.WriteString("url", url), includeErrcode: false).ConfigureAwait(false);
    }

    private async Task ShowQrCodeAsync(HttpContext context)
    {
        var ticket = context.Request.Query["ticket"].ToString();
        bool known;
        lock (gate)
        {
            known = tickets.ContainsKey(ticket);
        }

        context.Response.StatusCode = known ? 200 : 404;
        context.Response.ContentType = "image/jpeg";
        await context.Response.Body.WriteAsync(known ? new byte[] { 0xFF, 0xD8, 0xFF, 0xD9 } : []).ConfigureAwait(false);
    }

    private Reply Activate(string appId, JsonElement root, string raw)
    {
        if (!TryMember(appId, root, out var member, out var error))
        {
            return error;
        }

        if (string.IsNullOrEmpty(Text(root, "membership_number")))
        {
            return Reply.Error(WeChatErrorCodes.MissingRequiredField, "missing required fields hint: [membership_number]");
        }

        if (member.Activated)
        {
            return Reply.Error(40154, "card already activated");
        }

        member.Activated = true;
        member.MembershipNumber = Text(root, "membership_number");
        member.Bonus = root.TryGetProperty("init_bonus", out var b) ? b.GetInt64() : 0;
        member.Balance = root.TryGetProperty("init_balance", out var c) ? c.GetInt64() : 0;
        for (var i = 0; i < 3; i++)
        {
            member.CustomFieldValues[i] = Text(root, $"init_custom_field_value{i + 1}") ?? member.CustomFieldValues[i];
        }

        return Reply.Ok(_ => { });
    }

    private Reply SetUserForm(string appId, JsonElement root, string raw)
    {
        if (!TryCard(appId, Text(root, "card_id"), out _, out var error))
        {
            return error;
        }

        return root.TryGetProperty("required_form", out _) || root.TryGetProperty("optional_form", out _)
            ? Reply.Ok(_ => { })
            : Reply.Error(WeChatErrorCodes.MissingRequiredField, "missing required fields hint: [required_form]");
    }

    private Reply GetTempInfo(string appId, JsonElement root, string raw)
    {
        var ticket = Text(root, "activate_ticket");
        if (string.IsNullOrEmpty(ticket))
        {
            return Reply.Error(WeChatErrorCodes.MissingRequiredField, "missing required fields hint: [activate_ticket]");
        }

        return Reply.Ok(w =>
        {
            w.WriteStartObject("info");
            w.WriteStartArray("common_field_list");
            w.WriteStartObject();
            w.WriteString("name", "USER_FORM_INFO_FLAG_MOBILE");
            w.WriteString("value", "13800138000");
            w.WriteEndObject();
            w.WriteStartObject();
            w.WriteString("name", "USER_FORM_INFO_FLAG_NAME");
            w.WriteString("value", "张三");
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteStartArray("custom_field_list");
            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private Reply GetUserInfo(string appId, JsonElement root, string raw)
    {
        if (!TryMember(appId, root, out var member, out var error))
        {
            return error;
        }

        return Reply.Ok(w =>
        {
            w.WriteString("openid", member.OpenId);
            w.WriteString("nickname", "会员" + member.OpenId[^4..]);
            w.WriteString("membership_number", member.MembershipNumber ?? string.Empty);
            w.WriteNumber("bonus", member.Bonus);
            w.WriteNumber("balance", member.Balance);
            w.WriteString("sex", "MALE");
            w.WriteStartObject("user_info");
            w.WriteStartArray("common_field_list");
            w.WriteEndArray();
            w.WriteStartArray("custom_field_list");
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteString("user_card_status", member.Status);
            w.WriteBoolean("has_active", member.Activated);
        });
    }

    private Reply UpdateUser(string appId, JsonElement root, string raw)
    {
        if (!TryMember(appId, root, out var member, out var error))
        {
            return error;
        }

        if (!member.Activated)
        {
            return Reply.Error(WeChatErrorCodes.InvalidCardStatus, "invalid card status: not activated");
        }

        // notify_optional switches WeChat's system message per field: an object of booleans (is_notify_bonus, ...).
        if (root.TryGetProperty("notify_optional", out var notify)
            && (notify.ValueKind != JsonValueKind.Object || notify.EnumerateObject().Any(p => !p.Name.StartsWith("is_notify_", StringComparison.Ordinal) || p.Value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))))
        {
            return Reply.Error(WeChatErrorCodes.DataFormatError, "data format error: notify_optional");
        }

        if (root.TryGetProperty("bonus", out var bonus))
        {
            member.Bonus = bonus.GetInt64();
        }
        else if (root.TryGetProperty("add_bonus", out var addBonus))
        {
            member.Bonus += addBonus.GetInt64();
        }

        if (root.TryGetProperty("balance", out var balance))
        {
            member.Balance = balance.GetInt64();
        }
        else if (root.TryGetProperty("add_balance", out var addBalance))
        {
            member.Balance += addBalance.GetInt64();
        }

        for (var i = 0; i < 3; i++)
        {
            member.CustomFieldValues[i] = Text(root, $"custom_field_value{i + 1}") ?? member.CustomFieldValues[i];
        }

        var (b, c, o) = (member.Bonus, member.Balance, member.OpenId);
        return Reply.Ok(w =>
        {
            w.WriteNumber("result_bonus", b);
            w.WriteNumber("result_balance", c);
            w.WriteString("openid", o);
        });
    }

    private Reply GetCard(string appId, JsonElement root, string raw)
    {
        if (!TryCard(appId, Text(root, "card_id"), out var card, out var error))
        {
            return error;
        }

        var member = card.MemberCard.DeepClone().AsObject();
        if (member["base_info"] is JsonObject info)
        {
            info["id"] = card.CardId;
            info["status"] = card.Deleted ? "CARD_STATUS_DELETE" : card.Status;
        }

        var text = member.ToJsonString();
        return Reply.Ok(w =>
        {
            w.WriteStartObject("card");
            w.WriteString("card_type", WeChatConstants.MemberCardType);
            w.WritePropertyName("member_card");
            w.WriteRawValue(text);
            w.WriteEndObject();
        });
    }

    private Reply UpdateCard(string appId, JsonElement root, string raw)
    {
        if (!TryCard(appId, Text(root, "card_id"), out var card, out var error))
        {
            return error;
        }

        if (!root.TryGetProperty("member_card", out var changes) || changes.ValueKind != JsonValueKind.Object)
        {
            return Reply.Error(WeChatErrorCodes.MissingRequiredField, "missing required fields hint: [member_card]");
        }

        if (WeChatCardRules.ContainsNull(changes))
        {
            return Reply.Error(WeChatErrorCodes.DataFormatError, "data format error hint: explicit null");
        }

        var sendCheck = false;
        foreach (var property in changes.EnumerateObject())
        {
            var value = JsonNode.Parse(property.Value.GetRawText());
            if (property.Name == "base_info" && value is JsonObject infoChanges && card.MemberCard["base_info"] is JsonObject info)
            {
                foreach (var (key, node) in infoChanges.ToList())
                {
                    sendCheck |= key is "title" or "logo_url" or "brand_name" or "color";
                    info[key] = node?.DeepClone();
                }
            }
            else
            {
                sendCheck |= property.Name is "prerogative" or "background_pic_url";
                card.MemberCard[property.Name] = value;
            }
        }

        if (sendCheck)
        {
            card.Status = "CARD_STATUS_NOT_VERIFY";
        }

        return Reply.Ok(w => w.WriteBoolean("send_check", sendCheck));
    }

    private Reply GetCode(string appId, JsonElement root, string raw)
    {
        var code = Text(root, "code") ?? string.Empty;
        if (!members.TryGetValue(code, out var member) || member.AppId != appId)
        {
            return Reply.Error(WeChatErrorCodes.InvalidCode, "invalid serial code");
        }

        var checkConsume = root.TryGetProperty("check_consume", out var c) && c.ValueKind == JsonValueKind.True;
        var usable = member.Status == "NORMAL";
        if (checkConsume && !usable)
        {
            return Reply.Error(WeChatErrorCodes.UserCardUnavailable, "invalid user-card status");
        }

        return Reply.Ok(w =>
        {
            w.WriteStartObject("card");
            w.WriteString("card_id", member.CardId);
            w.WriteNumber("begin_time", 0);
            w.WriteNumber("end_time", 4102415999);
            w.WriteEndObject();
            w.WriteString("openid", member.OpenId);
            w.WriteBoolean("can_consume", usable);
            w.WriteString("user_card_status", member.Status);
            if (member.OuterStr is not null)
            {
                w.WriteString("outer_str", member.OuterStr);
            }
        });
    }

    private Reply DecryptCode(string appId, JsonElement root, string raw)
        => encryptedCodes.TryGetValue(Text(root, "encrypt_code") ?? string.Empty, out var code)
            ? Reply.Ok(w => w.WriteString("code", code))
            : Reply.Error(WeChatErrorCodes.InvalidCode, "invalid serial code");

    private Reply DeleteCard(string appId, JsonElement root, string raw)
    {
        if (!TryCard(appId, Text(root, "card_id"), out var card, out var error))
        {
            return error;
        }

        card.Deleted = true;
        return Reply.Ok(_ => { });
    }

    private Reply MakeUnavailable(string appId, JsonElement root, string raw)
    {
        var code = Text(root, "code") ?? string.Empty;
        if (!members.TryGetValue(code, out var member) || member.AppId != appId)
        {
            return Reply.Error(WeChatErrorCodes.InvalidCode, "invalid serial code");
        }

        if (member.Status != "NORMAL")
        {
            return Reply.Error(WeChatErrorCodes.UserCardUnavailable, "invalid user-card status");
        }

        member.Status = "UNAVAILABLE";
        return Reply.Ok(_ => { });
    }

    private bool TryCard(string appId, string? cardId, out StoredCard card, out Reply error)
    {
        if (cardId is not null && cards.TryGetValue(cardId, out card!) && card.AppId == appId)
        {
            error = default;
            return true;
        }

        card = null!;
        error = Reply.Error(WeChatErrorCodes.InvalidCardId, "invalid card id");
        return false;
    }

    private bool TryMember(string appId, JsonElement root, out WeChatEmulatorMember member, out Reply error)
    {
        var code = Text(root, "code") ?? string.Empty;
        if (!members.TryGetValue(code, out member!) || member.AppId != appId)
        {
            error = Reply.Error(WeChatErrorCodes.InvalidCode, "invalid serial code");
            return false;
        }

        var cardId = Text(root, "card_id");
        if (cardId is not null && cardId != member.CardId)
        {
            error = Reply.Error(WeChatErrorCodes.InvalidCardId, "invalid card id");
            return false;
        }

        error = default;
        return true;
    }

    private static bool HasEscapedNonAscii(string raw)
    {
        for (var i = raw.IndexOf("\\u", StringComparison.Ordinal); i >= 0 && i + 6 <= raw.Length; i = raw.IndexOf("\\u", i + 2, StringComparison.Ordinal))
        {
            if (int.TryParse(raw.AsSpan(i + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value) && value > 0x7F)
            {
                return true;
            }
        }

        return false;
    }

    private readonly record struct Reply(int Code, string Message, Action<Utf8JsonWriter> Write, Func<Task>? AfterReply = null)
    {
        public static Reply Ok(Action<Utf8JsonWriter> write) => new(0, "ok", write);

        public static Reply Error(int code, string message) => new(code, message, _ => { });
    }

    private sealed class StoredCard(string appId, string cardId, JsonObject memberCard)
    {
        public string AppId { get; } = appId;

        public string CardId { get; } = cardId;

        public JsonObject MemberCard { get; } = memberCard;

        public string Status { get; set; } = "CARD_STATUS_NOT_VERIFY";

        public bool Deleted { get; set; }

        /// <summary>The card takes its codes from the ones deposited with <c>card/code/deposit</c>.</summary>
        public bool DepositsCodes => MemberCard["base_info"]?["get_custom_code_mode"]?.GetValue<string>() == WeChatConstants.CustomCodeDepositMode;

        /// <summary>
        /// The merchant assigns the card's codes itself (<c>use_custom_code</c> outside deposit mode): the code travels
        /// in the cardExt, and the card cannot go out in a message, a mass send or an article.
        /// </summary>
        public bool AssignsOwnCodes => MemberCard["base_info"]?["use_custom_code"]?.GetValueKind() == JsonValueKind.True && !DepositsCodes;
    }

    private sealed record QrTicket(string AppId, string[] CardIds, string? OuterStr, DateTimeOffset ExpiresAt);
}
