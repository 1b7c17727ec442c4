namespace MemberCards.Sdk.Testing.WeChat;

/// <content>
/// The 支付即会员 rules (<c>card/paygiftcard/*</c>): kept per AppId, one merchant id held by at most one rule in effect
/// over a period; there is no update call, as on WeChat.
/// </content>
public sealed partial class WeChatEmulator
{
    private const string PayMemberCardRule = "RULE_TYPE_PAY_MEMBER_CARD";

    // Every AppId's rules, by rule id: a merchant id held by one AppId's rule is refused to another's, as WeChat does.
    private readonly Dictionary<long, StoredPayGiftRule> payGiftRules = [];
    private long lastPayGiftRuleId = 1000;

    /// <summary>
    /// <c>card/paygiftcard/add</c>: a member card of this AppId, at least one merchant id, begin_time before end_time and
    /// 0 ≤ least_cost ≤ max_cost, jump_url or app_brand_id but not both (40097 otherwise). A merchant id already held by
    /// another rule over an overlapping period goes to <c>fail_mchid_list</c> with errcode 0 for the call (partial
    /// success); when none is left, 40097 and no rule.
    /// </summary>
    private Reply AddPayGiftRule(string appId, JsonElement root, string raw)
    {
        var rule = root.TryGetProperty("rule_info", out var r) ? r : default;
        var info = rule.ValueKind == JsonValueKind.Object && rule.TryGetProperty("base_info", out var b) ? b : default;
        var member = rule.ValueKind == JsonValueKind.Object && rule.TryGetProperty("member_rule", out var m) ? m : default;
        if (!TryCard(appId, Text(member, "card_id"), out _, out var error))
        {
            return error;
        }

        var merchants = info.ValueKind == JsonValueKind.Object && info.TryGetProperty("mchid_list", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(x => x.GetString() ?? string.Empty).ToList()
            : [];
        var (begin, end) = (Number(info, "begin_time"), Number(info, "end_time"));
        var (least, most) = (Number(member, "least_cost"), Number(member, "max_cost"));
        if (Text(rule, "type") != PayMemberCardRule || merchants.Count == 0 || merchants.Any(string.IsNullOrEmpty)
            || begin is null || end is null || end <= begin || least is null or < 0 || most is null || most < least
            || (Text(member, "jump_url") is not null && Text(member, "app_brand_id") is not null))
        {
            return Reply.Error(40097, "invalid args");
        }

        var (taken, failed) = (new List<string>(), new List<(string MchId, StoredPayGiftRule Holder)>());
        foreach (var merchant in merchants)
        {
            var holder = payGiftRules.Values.FirstOrDefault(h => h.MchIds.Contains(merchant) && h.Begin < end && begin < h.End);
            if (holder is null)
            {
                taken.Add(merchant);
            }
            else
            {
                failed.Add((merchant, holder));
            }
        }

        if (taken.Count == 0)
        {
            return Reply.Error(40097, "every mchid is held by another rule");
        }

        var id = ++lastPayGiftRuleId;
        var now = Now.ToUnixTimeSeconds();
        var stored = (JsonObject)JsonNode.Parse(rule.GetRawText())!;
        var baseInfo = (JsonObject)stored["base_info"]!;
        baseInfo["mchid_list"] = new JsonArray([.. taken.Select(t => JsonValue.Create(t))]);
        baseInfo["status"] = "RULE_STATUS_OK";
        baseInfo["create_time"] = now;
        baseInfo["update_time"] = now;
        payGiftRules[id] = new StoredPayGiftRule(id, appId, [.. taken], begin.Value, end.Value, stored);
        return Reply.Ok(w =>
        {
            w.WriteNumber("rule_id", id);
            WriteCodes(w, "succ_mchid_list", taken);
            w.WriteStartArray("fail_mchid_list");
            foreach (var (merchant, holder) in failed)
            {
                w.WriteStartObject();
                w.WriteString("mchid", merchant);
                w.WriteNumber("errcode", 40097);
                w.WriteString("errmsg", "mchid is held by another rule");
                w.WriteNumber("occupy_rule_id", holder.Id);
                w.WriteString("occupy_appid", holder.AppId);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });
    }

    /// <summary><c>card/paygiftcard/delete</c>: a rule of this AppId (40097 otherwise); its merchant ids are free again.</summary>
    private Reply DeletePayGiftRule(string appId, JsonElement root, string raw)
        => TryPayGiftRule(appId, root, out var rule, out var error) && payGiftRules.Remove(rule.Id) ? Reply.Ok(_ => { }) : error;

    /// <summary><c>card/paygiftcard/getbyid</c>: the rule as added, with <c>status</c>, <c>create_time</c> and <c>update_time</c> in base_info.</summary>
    private Reply GetPayGiftRule(string appId, JsonElement root, string raw)
        => TryPayGiftRule(appId, root, out var rule, out var error)
            ? Reply.Ok(w =>
            {
                w.WritePropertyName("rule_info");
                rule.RuleInfo.WriteTo(w);
            })
            : error;

    /// <summary><c>card/paygiftcard/batchget</c>: this AppId's rules in id order from offset (count ≥ 1); effective = only those whose period holds now.</summary>
    private Reply BatchGetPayGiftRules(string appId, JsonElement root, string raw)
    {
        var offset = Number(root, "offset") ?? -1;
        var count = Number(root, "count") ?? 0;
        if (Text(root, "type") != PayMemberCardRule || offset < 0 || count < 1)
        {
            return Reply.Error(40097, "invalid args");
        }

        var now = Now.ToUnixTimeSeconds();
        var effective = root.TryGetProperty("effective", out var e) && e.ValueKind == JsonValueKind.True;
        var matching = payGiftRules.Values.Where(rule => rule.AppId == appId && (!effective || (rule.Begin <= now && now < rule.End))).OrderBy(rule => rule.Id).ToList();
        var page = matching.Skip((int)offset).Take((int)count).ToList();
        return Reply.Ok(w =>
        {
            w.WriteStartArray("rule_list");
            foreach (var rule in page)
            {
                var item = (JsonObject)rule.RuleInfo.DeepClone();
                item.Insert(0, "rule_id", rule.Id);
                item.WriteTo(w);
            }

            w.WriteEndArray();
            w.WriteNumber("total_count", matching.Count);
        });
    }

    private bool TryPayGiftRule(string appId, JsonElement root, out StoredPayGiftRule rule, out Reply error)
    {
        if (Number(root, "rule_id") is { } id && payGiftRules.TryGetValue(id, out rule!) && rule.AppId == appId)
        {
            error = default;
            return true;
        }

        rule = null!;
        error = Reply.Error(40097, "invalid rule_id");
        return false;
    }

    private static long? Number(JsonElement element, string name)
        => element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.TryGetInt64(out var number) ? number : null;

    private sealed record StoredPayGiftRule(long Id, string AppId, HashSet<string> MchIds, long Begin, long End, JsonObject RuleInfo);
}
