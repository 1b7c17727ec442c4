namespace MemberCards.Sdk.WeChat;

/// <content>The limits of the card figures (<c>datacube/getcard*</c>): WeChat's day format and range.</content>
internal static partial class WeChatRequestValidator
{
    /// <summary>The most days one card-figures call spans, counting the first and the last.</summary>
    public const int MaxCardDataDays = 62;

    /// <summary>The offset of China Standard Time, in which WeChat's statistics days are counted.</summary>
    public static readonly TimeSpan ChinaTime = TimeSpan.FromHours(8);

    public static void ValidateCardData(string? beginDate, string? endDate, int? condSource)
    {
        ValidateCardDates(beginDate, endDate);
        if (condSource is not (0 or 1))
        {
            throw Invalid("cond_source", condSource is null ? "is required: 0 for cards created on mp.weixin.qq.com, 1 for cards created through the API." : $"must be 0 or 1, got {condSource}.");
        }
    }

    public static void ValidateCardDates(string? beginDate, string? endDate)
    {
        var begin = Day(beginDate, "begin_date");
        var end = Day(endDate, "end_date");
        if (end < begin)
        {
            throw Invalid("end_date", $"must not be before begin_date ({beginDate}), got {endDate}.");
        }

        if (end.DayNumber - begin.DayNumber + 1 > MaxCardDataDays)
        {
            throw Invalid("end_date", $"the range spans {end.DayNumber - begin.DayNumber + 1} days; WeChat answers at most {MaxCardDataDays} (61501).");
        }
    }

    /// <summary>
    /// WeChat has no figures for today: <paramref name="endDate"/> (already validated) must be at most yesterday in
    /// China Standard Time at <paramref name="now"/>.
    /// </summary>
    public static void ValidateEndedBeforeToday(string endDate, DateTimeOffset now)
    {
        var yesterday = DateOnly.FromDateTime(now.ToOffset(ChinaTime).DateTime).AddDays(-1);
        if (Day(endDate, "end_date") > yesterday)
        {
            throw Invalid("end_date", $"must be at most yesterday ({yesterday:yyyy-MM-dd} in China Standard Time): WeChat has no figures for today, got {endDate}.");
        }
    }

    private static DateOnly Day(string? value, string path)
    {
        if (value is null)
        {
            throw Missing(path);
        }

        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw Invalid(path, $"must be a day like 2015-06-15 (yyyy-MM-dd), got '{value}' (61500).");
    }
}
