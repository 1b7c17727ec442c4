using MemberCards.Sdk.WeChat;

namespace MemberCards.Sdk.Testing.WeChat;

/// <content>The card-management calls: a user's cards, pages of card ids, the stock that pick-ups consume, and deposited custom codes; the 支付即会员 rules and the card figures (datacube) are in their own parts.</content>
public sealed partial class WeChatEmulator
{
    // The custom codes deposited per card, in import order; a pick-up of a deposit-mode card takes the first one left.
    private readonly Dictionary<string, List<string>> deposited = new(StringComparer.Ordinal);

    /// <summary>The JSON routes of this part, mapped by <see cref="MapRoutes"/> like every <c>POST</c> of the card API.</summary>
    private (string Path, Func<string, JsonElement, string, Reply> Handler)[] ManagementRoutes() =>
    [
        (WeChatConstants.GetUserCardListPath, GetUserCardList),
        (WeChatConstants.BatchGetCardsPath, BatchGetCards),
        (WeChatConstants.ModifyStockPath, ModifyStock),
        (WeChatConstants.DepositCodesPath, DepositCodes),
        (WeChatConstants.GetDepositCountPath, GetDepositCount),
        (WeChatConstants.CheckCodesPath, CheckCodes),
        (WeChatConstants.AddPayGiftCardRulePath, AddPayGiftRule),
        (WeChatConstants.DeletePayGiftCardRulePath, DeletePayGiftRule),
        (WeChatConstants.GetPayGiftCardRulePath, GetPayGiftRule),
        (WeChatConstants.BatchGetPayGiftCardRulesPath, BatchGetPayGiftRules),
        (WeChatConstants.GetCardBizDataPath, GetCardBizData),
        (WeChatConstants.GetCardCardDataPath, GetCardCardData),
        (WeChatConstants.GetMemberCardDataPath, GetMemberCardData),
        (WeChatConstants.GetMemberCardDetailDataPath, GetMemberCardDetailData),
    ];

    // The stock left (sku.quantity, which card/get shows): set at creation, changed by card/modifystock, one less per pick-up.
    private static long Stock(StoredCard card) => card.MemberCard["base_info"]?["sku"]?["quantity"]?.GetValue<long>() ?? 0;

    private static void SetStock(StoredCard card, long quantity)
    {
        var info = (JsonObject)(card.MemberCard["base_info"] ??= new JsonObject());
        ((JsonObject)(info["sku"] ??= new JsonObject()))["quantity"] = quantity;
    }

    /// <summary>Takes one from the stock of <paramref name="card"/> for a pick-up (under the state lock).</summary>
    private static void ConsumeStock(StoredCard card)
    {
        var left = Stock(card);
        if (left <= 0)
        {
            throw new InvalidOperationException("The card is out of stock (45031): card/modifystock adds to it.");
        }

        SetStock(card, left - 1);
    }

    /// <summary><c>card/user/getcardlist</c>: the user's codes of this AppId (of one card when card_id is sent), in pick-up order.</summary>
    private Reply GetUserCardList(string appId, JsonElement root, string raw)
    {
        var openId = Text(root, "openid");
        if (string.IsNullOrEmpty(openId))
        {
            return Reply.Error(WeChatErrorCodes.MissingRequiredField, "missing openid");
        }

        var cardId = Text(root, "card_id");
        if (cardId is not null && !TryCard(appId, cardId, out _, out var error))
        {
            return error;
        }

        var held = members.Values.Where(m => m.AppId == appId && m.OpenId == openId && m.Status == "NORMAL" && (cardId is null || m.CardId == cardId)).ToList();
        return Reply.Ok(w =>
        {
            w.WriteStartArray("card_list");
            foreach (var member in held)
            {
                w.WriteStartObject();
                w.WriteString("code", member.Code);
                w.WriteString("card_id", member.CardId);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteBoolean("has_share_card", false);
        });
    }

    /// <summary><c>card/batchget</c>: count 1..50 from offset, in creation order; deleted cards only when status_list asks for them.</summary>
    private Reply BatchGetCards(string appId, JsonElement root, string raw)
    {
        var offset = root.TryGetProperty("offset", out var o) ? o.GetInt32() : -1;
        var count = root.TryGetProperty("count", out var c) ? c.GetInt32() : 0;
        if (offset < 0 || count is < 1 or > 50)
        {
            return Reply.Error(WeChatErrorCodes.InvalidImageSize, "invalid offset or count: count is 1 to 50");
        }

        var states = root.TryGetProperty("status_list", out var list) ? list.EnumerateArray().Select(s => s.GetString()).ToHashSet() : null;
        var matching = cards.Values
            .Where(card => card.AppId == appId)
            .Select(card => (card.CardId, Status: card.Deleted ? "CARD_STATUS_DELETE" : card.Status))
            .Where(card => states is null ? card.Status != "CARD_STATUS_DELETE" : states.Contains(card.Status))
            .Select(card => card.CardId)
            .ToList();
        var page = matching.Skip(offset).Take(count).ToList();
        return Reply.Ok(w =>
        {
            w.WriteStartArray("card_id_list");
            page.ForEach(w.WriteStringValue);
            w.WriteEndArray();
            w.WriteNumber("total_num", matching.Count);
        });
    }

    /// <summary><c>card/modifystock</c>: values not negative, at least one above 0, and no more taken than is left (40122).</summary>
    private Reply ModifyStock(string appId, JsonElement root, string raw)
    {
        if (!TryCard(appId, Text(root, "card_id"), out var card, out var error))
        {
            return error;
        }

        var increase = root.TryGetProperty("increase_stock_value", out var i) ? i.GetInt64() : 0;
        var reduce = root.TryGetProperty("reduce_stock_value", out var r) ? r.GetInt64() : 0;
        var left = Stock(card);
        if (increase < 0 || reduce < 0 || increase + reduce == 0 || left + increase - reduce < 0)
        {
            return Reply.Error(WeChatErrorCodes.InvalidStock, "invalid stock value");
        }

        SetStock(card, left + increase - reduce);
        return Reply.Ok(_ => { });
    }

    /// <summary>The deposited code the next pick-up of <paramref name="card"/> receives, when the card takes its codes from deposits (under the state lock).</summary>
    private string? NextDepositedCode(StoredCard card)
    {
        if (!card.DepositsCodes)
        {
            return null;
        }

        var codes = deposited.GetValueOrDefault(card.CardId);
        if (codes is not { Count: > 0 })
        {
            throw new InvalidOperationException("The card takes deposited codes and none is left (card/code/deposit imports more).");
        }

        return codes[0];
    }

    /// <summary><c>card/code/deposit</c>: 1 to 100 codes per call (40109 otherwise); a code already held is a duplicate, an empty one fails.</summary>
    private Reply DepositCodes(string appId, JsonElement root, string raw)
    {
        if (!TryCodes(appId, root, out var card, out var codes, out var error))
        {
            return error;
        }

        var held = deposited.TryGetValue(card.CardId, out var list) ? list : deposited[card.CardId] = [];
        var (succeeded, duplicates, failed) = (new List<string>(), new List<string>(), new List<string>());
        foreach (var code in codes)
        {
            var into = string.IsNullOrEmpty(code) ? failed : held.Contains(code) || members.ContainsKey(code) ? duplicates : succeeded;
            into.Add(code);
            if (into == succeeded)
            {
                held.Add(code);
            }
        }

        return Reply.Ok(w =>
        {
            WriteCodes(w, "succ_code", succeeded);
            WriteCodes(w, "duplicate_code", duplicates);
            WriteCodes(w, "fail_code", failed);
        });
    }

    /// <summary><c>card/code/getdepositcount</c>: the deposited codes not yet received.</summary>
    private Reply GetDepositCount(string appId, JsonElement root, string raw)
        => TryCard(appId, Text(root, "card_id"), out var card, out var error)
            ? Reply.Ok(w => w.WriteNumber("count", deposited.GetValueOrDefault(card.CardId)?.Count ?? 0))
            : error;

    /// <summary><c>card/code/checkcode</c>: which of 1 to 100 codes are deposited and not yet received.</summary>
    private Reply CheckCodes(string appId, JsonElement root, string raw)
    {
        if (!TryCodes(appId, root, out var card, out var codes, out var error))
        {
            return error;
        }

        var held = deposited.GetValueOrDefault(card.CardId) ?? [];
        return Reply.Ok(w =>
        {
            WriteCodes(w, "exist_code", codes.Where(held.Contains));
            WriteCodes(w, "not_exist_code", codes.Where(c => !held.Contains(c)));
        });
    }

    private bool TryCodes(string appId, JsonElement root, out StoredCard card, out List<string> codes, out Reply error)
    {
        codes = root.TryGetProperty("code", out var list) && list.ValueKind == JsonValueKind.Array ? [.. list.EnumerateArray().Select(c => c.GetString() ?? string.Empty)] : [];
        if (!TryCard(appId, Text(root, "card_id"), out card, out error))
        {
            return false;
        }

        if (codes.Count is 0 or > 100)
        {
            error = Reply.Error(40109, "code count must be 1 to 100");
            return false;
        }

        return true;
    }

    private static void WriteCodes(Utf8JsonWriter writer, string name, IEnumerable<string> codes)
    {
        writer.WriteStartArray(name);
        foreach (var code in codes)
        {
            writer.WriteStringValue(code);
        }

        writer.WriteEndArray();
    }
}
