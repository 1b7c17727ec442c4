namespace MemberCards.Sdk.WeChat;

/// <summary>Turns the elements of a verified (and decrypted) push into its typed <see cref="WeChatEvent"/>.</summary>
internal static class WeChatEventReader
{
    /// <summary>Reads the event named by the <c>Event</c> element; an event the SDK does not model is a <see cref="WeChatUnknownEvent"/>.</summary>
    /// <param name="fields">The push's elements.</param>
    /// <param name="raw">The push's XML.</param>
    /// <returns>The event.</returns>
    public static WeChatEvent Read(Dictionary<string, string> fields, string raw)
    {
        var name = Text(fields, "Event");
        var card = Text(fields, "CardId");
        var code = Text(fields, "UserCardCode");
        WeChatEvent result = name switch
        {
            "card_pass_check" => new WeChatCardPassCheckEvent { CardId = card },
            "card_not_pass_check" => new WeChatCardNotPassCheckEvent { CardId = card, RefuseReason = Text(fields, "RefuseReason") },
            "user_get_card" => new WeChatUserGetCardEvent
            {
                CardId = card,
                UserCardCode = code,
                IsGiveByFriend = Flag(fields, "IsGiveByFriend"),
                FriendUserName = Text(fields, "FriendUserName"),
                OuterId = OptionalNumber(fields, "OuterId"),
                OldUserCardCode = Text(fields, "OldUserCardCode"),
                OuterStr = Text(fields, "OuterStr"),
                IsRestoreMemberCard = Flag(fields, "IsRestoreMemberCard"),
                IsRecommendByFriend = Flag(fields, "IsRecommendByFriend"),
                UnionId = Text(fields, "UnionId"),
            },
            "user_del_card" => new WeChatUserDeleteCardEvent { CardId = card, UserCardCode = code },
            "user_consume_card" => new WeChatUserConsumeCardEvent
            {
                CardId = card,
                UserCardCode = code,
                ConsumeSource = Text(fields, "ConsumeSource"),
                LocationName = Text(fields, "LocationName"),
                StaffOpenId = Text(fields, "StaffOpenId"),
                VerifyCode = Text(fields, "VerifyCode"),
                RemarkAmount = Text(fields, "RemarkAmount"),
                OuterStr = Text(fields, "OuterStr"),
            },
            "submit_membercard_user_info" => new WeChatSubmitMemberCardUserInfoEvent { CardId = card, UserCardCode = code },
            "update_member_card" => new WeChatUpdateMemberCardEvent { CardId = card, UserCardCode = code, ModifyBonus = Number(fields, "ModifyBonus"), ModifyBalance = Number(fields, "ModifyBalance") },
            "user_view_card" => new WeChatUserViewCardEvent { CardId = card, UserCardCode = code, OuterStr = Text(fields, "OuterStr") },
            "user_enter_session_from_card" => new WeChatUserEnterSessionFromCardEvent { CardId = card, UserCardCode = code },
            "user_pay_from_pay_cell" => new WeChatUserPayFromPayCellEvent
            {
                CardId = card,
                UserCardCode = code,
                TransId = Text(fields, "TransId"),
                LocationId = OptionalNumber(fields, "LocationId"),
                LocationName = Text(fields, "LocationName"),
                Fee = Number(fields, "Fee"),
                OriginalFee = Number(fields, "OriginalFee"),
            },
            "card_sku_remind" => new WeChatCardSkuRemindEvent { CardId = card, Detail = Text(fields, "Detail") },
            _ => new WeChatUnknownEvent(),
        };

        result.SetEnvelope(Text(fields, "ToUserName"), Text(fields, "FromUserName"), Number(fields, "CreateTime"), name, fields, raw);
        return result;
    }

    private static string? Text(Dictionary<string, string> fields, string key) => fields.TryGetValue(key, out var value) ? value : null;

    private static bool Flag(Dictionary<string, string> fields, string key) => Text(fields, key) is "1" or "true";

    private static long Number(Dictionary<string, string> fields, string key) => OptionalNumber(fields, key) ?? 0;

    private static long? OptionalNumber(Dictionary<string, string> fields, string key)
        => long.TryParse(Text(fields, key), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
