namespace MemberCards.Sdk.Testing.WeChat;

/// <content>
/// The card figures (<c>datacube/getcard*</c>): WeChat's date checks (61500 for a day not written <c>yyyy-MM-dd</c>,
/// 61501 for a range of more than 62 days, reversed, or reaching today in China Standard Time), then one entry per day
/// with synthetic figures that depend only on the day (and the card), so tests can predict them.
/// </content>
public sealed partial class WeChatEmulator
{
    /// <summary><c>datacube/getcardbizuininfo</c>: one synthetic entry per day.</summary>
    private Reply GetCardBizData(string appId, JsonElement root, string raw)
        => TryDays(root, out var days, out var error)
            ? Reply.Ok(w => WriteDays(w, days, (w, day, n) =>
            {
                WriteCounts(w, n, "view", "receive", "verify");
                WriteCount(w, "given", n / 10);
                WriteCount(w, "expire", n / 20);
            }))
            : error;

    /// <summary><c>datacube/getcardcardinfo</c>: this emulator holds member cards only, which this call does not count: an empty list.</summary>
    private Reply GetCardCardData(string appId, JsonElement root, string raw)
    {
        if (!TryDays(root, out _, out var error))
        {
            return error;
        }

        return Text(root, "card_id") is { } cardId && !TryCard(appId, cardId, out _, out error)
            ? error
            : Reply.Ok(w => WriteDays(w, [], (_, _, _) => { }));
    }

    /// <summary><c>datacube/getcardmembercardinfo</c>: one synthetic entry per day.</summary>
    private Reply GetMemberCardData(string appId, JsonElement root, string raw)
        => TryDays(root, out var days, out var error)
            ? Reply.Ok(w => WriteDays(w, days, (w, day, n) =>
            {
                WriteCounts(w, n, "view", "receive");
                w.WriteNumber("active_user", n / 2);
                WriteCounts(w, n / 3, "verify");
                w.WriteNumber("total_user", 1000 + n);
                w.WriteNumber("total_receive_user", 1200 + n);
            }))
            : error;

    /// <summary><c>datacube/getcardmembercarddetail</c>: a card of this AppId (40073 otherwise), one synthetic entry per day, with WeChat's mixed names.</summary>
    private Reply GetMemberCardDetailData(string appId, JsonElement root, string raw)
    {
        if (!TryDays(root, out var days, out var error) || !TryCard(appId, Text(root, "card_id"), out var card, out error))
        {
            return error;
        }

        return Reply.Ok(w => WriteDays(w, days, (w, day, n) =>
        {
            w.WriteNumber("merchanttype", 1);
            w.WriteString("cardid", card.CardId);
            w.WriteNumber("submerchantid", 0);
            WriteCounts(w, n, "view", "receive", "verify", "active");
            w.WriteNumber("total_user", 1000 + n);
            w.WriteNumber("new_user", n / 2);
            w.WriteNumber("payOriginalFee", n * 1000);
            w.WriteNumber("fee", n * 900);
        }));
    }

    private bool TryDays(JsonElement root, out List<DateOnly> days, out Reply error)
    {
        days = [];
        if (!TryDay(root, "begin_date", out var begin) || !TryDay(root, "end_date", out var end))
        {
            error = Reply.Error(61500, "date format error");
            return false;
        }

        var today = DateOnly.FromDateTime(Now.ToOffset(TimeSpan.FromHours(8)).DateTime);
        if (end < begin || end.DayNumber - begin.DayNumber + 1 > 62 || end >= today)
        {
            error = Reply.Error(61501, "date range error");
            return false;
        }

        for (var day = begin; day <= end; day = day.AddDays(1))
        {
            days.Add(day);
        }

        error = default;
        return true;
    }

    private static bool TryDay(JsonElement root, string name, out DateOnly day)
    {
        day = default;
        return Text(root, name) is { } text && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
    }

    /// <summary>Writes <c>list</c>: per day its <c>ref_date</c>, then <paramref name="figures"/> with the day's base figure (20 to 116).</summary>
    private static void WriteDays(Utf8JsonWriter writer, List<DateOnly> days, Action<Utf8JsonWriter, DateOnly, long> figures)
    {
        writer.WriteStartArray("list");
        foreach (var day in days)
        {
            writer.WriteStartObject();
            writer.WriteString("ref_date", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            figures(writer, day, 20 + (day.DayNumber % 97));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteCounts(Utf8JsonWriter writer, long count, params string[] names)
    {
        foreach (var name in names)
        {
            WriteCount(writer, name, count);
        }
    }

    /// <summary>Writes <c>{name}_cnt</c> and <c>{name}_user</c>, the users a little fewer than the count.</summary>
    private static void WriteCount(Utf8JsonWriter writer, string name, long count)
    {
        writer.WriteNumber(name + "_cnt", count);
        writer.WriteNumber(name + "_user", count * 4 / 5);
    }
}
