using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using MemberCards.Sdk.Serialization;

namespace MemberCards.Sdk.Core.Tests.Unit;

public sealed class ConverterTests
{
    private static readonly JsonSerializerOptions Options = MemberCardsJson.CreateOptions(CoreTestJsonContext.Default);
    private static readonly JsonTypeInfo<ConvertedModel> Converted = (JsonTypeInfo<ConvertedModel>)Options.GetTypeInfo(typeof(ConvertedModel));
    private static readonly JsonTypeInfo<NullableModel> Nullable = (JsonTypeInfo<NullableModel>)Options.GetTypeInfo(typeof(NullableModel));

    [Theory]
    [InlineData("1090560337592619000")]
    [InlineData("\"1090560337592619000\"")]
    public void A_64_bit_id_reads_exactly_from_a_number_or_a_string(string json)
        => Assert.Equal(1090560337592619000L, Read("{\"id\":" + json + "}").Id);

    [Theory]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("\"-9223372036854775808\"", long.MinValue)]
    [InlineData("\"\\u0031\\u0032\"", 12L)]
    public void Extreme_and_escaped_ids_read_exactly(string json, long expected)
        => Assert.Equal(expected, Read("{\"id\":" + json + "}").Id);

    [Fact]
    public void A_64_bit_id_is_written_as_a_number()
        => Assert.StartsWith("{\"id\":1090560337592619000,", Write(new ConvertedModel { Id = 1090560337592619000L }), StringComparison.Ordinal);

    [Theory]
    [InlineData(long.MinValue, int.MinValue)]
    [InlineData(0L, 0)]
    [InlineData(long.MaxValue, int.MaxValue)]
    public void Both_integer_forms_write_plain_JSON_numbers(long id, int level)
    {
        var json = Write(new ConvertedModel { Id = id, Level = level });
        Assert.StartsWith("{\"id\":" + id.ToString(System.Globalization.CultureInfo.InvariantCulture) + ",", json, StringComparison.Ordinal);
        Assert.Contains(",\"level\":" + level.ToString(System.Globalization.CultureInfo.InvariantCulture) + ",", json, StringComparison.Ordinal);
        Assert.Equal((id, level), (Read(json).Id, Read(json).Level));
    }

    [Theory]
    [InlineData("\"12a\"")]
    [InlineData("\"\"")]
    [InlineData("1.5")]
    [InlineData("9223372036854775808")]
    [InlineData("\"9223372036854775808\"")]
    [InlineData("true")]
    public void A_malformed_id_is_a_format_error_naming_the_path(string json)
    {
        var ex = Assert.Throws<MemberCardsFormatException>(() => MemberCardsJson.Deserialize(Encoding.UTF8.GetBytes("{\"id\":" + json + "}"), Converted, "Erp"));
        Assert.Equal("$.id", ex.Location);
        Assert.Equal("Erp", ex.Service);
        Assert.Contains("ConvertedModel from Erp at $.id", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("3", 3)]
    [InlineData("\"3\"", 3)]
    [InlineData("\" -7 \"", -7)]
    public void An_int_reads_from_a_number_or_a_string(string json, int expected)
        => Assert.Equal(expected, Read("{\"level\":" + json + "}").Level);

    [Theory]
    [InlineData("\"three\"")]
    [InlineData("2147483648")]
    [InlineData("\"2147483648\"")]
    public void A_malformed_int_is_a_format_error(string json)
        => Assert.Throws<MemberCardsFormatException>(() => MemberCardsJson.Deserialize(Encoding.UTF8.GetBytes("{\"level\":" + json + "}"), Converted, "Erp"));

    [Fact]
    public void RFC_3339_times_keep_their_offset_both_ways()
    {
        var model = Read("{\"create_time\":\"2020-05-20T13:29:35.120+08:00\"}");
        Assert.Equal(new DateTimeOffset(2020, 5, 20, 13, 29, 35, 120, TimeSpan.FromHours(8)), model.CreateTime);
        Assert.Equal(TimeSpan.FromHours(8), model.CreateTime.Offset);
        Assert.Contains("\"create_time\":\"2020-05-20T13:29:35.12+08:00\"", Write(model), StringComparison.Ordinal);
    }

    [Fact]
    public void RFC_3339_times_in_UTC_read_with_a_zero_offset()
    {
        var model = Read("{\"create_time\":\"2020-05-20T05:29:35Z\"}");
        Assert.Equal(new DateTimeOffset(2020, 5, 20, 5, 29, 35, TimeSpan.Zero), model.CreateTime);
        Assert.Contains("\"create_time\":\"2020-05-20T05:29:35+00:00\"", Write(model), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"2020-05-20\"")]
    [InlineData("\"2020-05-20 13:29:35\"")]
    [InlineData("\"yesterday\"")]
    [InlineData("1590000000")]
    public void Text_that_is_not_RFC_3339_is_a_format_error(string json)
        => Assert.Throws<MemberCardsFormatException>(() => MemberCardsJson.Deserialize(Encoding.UTF8.GetBytes("{\"create_time\":" + json + "}"), Converted, "WeChatPay"));

    [Fact]
    public void China_Standard_Time_reads_as_plus_eight_and_writes_converted_to_plus_eight()
    {
        var model = Read("{\"local_time\":\"2024-01-02 03:04:05\"}");
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.FromHours(8)), model.LocalTime);
        var utc = new ConvertedModel { LocalTime = new DateTimeOffset(2024, 1, 1, 19, 4, 5, TimeSpan.Zero) };
        Assert.Contains("\"local_time\":\"2024-01-02 03:04:05\"", Write(utc), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024-01-02T03:04:05")]
    [InlineData("2024-1-2 3:4:5")]
    [InlineData("2024-01-02 03:04:05+08:00")]
    [InlineData("")]
    [InlineData(null)]
    public void ChinaStandardTime_TryParse_accepts_only_the_exact_form(string? text)
        => Assert.False(ChinaStandardTimeConverter.TryParse(text, out _));

    [Fact]
    public void ChinaStandardTime_Format_and_TryParse_round_trip()
    {
        var value = new DateTimeOffset(2025, 12, 31, 23, 59, 59, TimeSpan.FromHours(8));
        Assert.Equal("2025-12-31 23:59:59", ChinaStandardTimeConverter.Format(value));
        Assert.True(ChinaStandardTimeConverter.TryParse("2025-12-31 23:59:59", out var parsed));
        Assert.Equal(value, parsed);
    }

    [Theory]
    [InlineData("1700000000")]
    [InlineData("\"1700000000\"")]
    public void Unix_seconds_read_from_a_number_or_a_string(string json)
    {
        var model = Read("{\"ts\":" + json + "}");
        Assert.Equal(new DateTimeOffset(2023, 11, 14, 22, 13, 20, TimeSpan.Zero), model.Seconds);
        Assert.Contains("\"ts\":1700000000,", Write(model), StringComparison.Ordinal);
    }

    [Fact]
    public void Unix_milliseconds_read_and_write_exactly()
    {
        var model = Read("{\"ts_ms\":1700000000123}");
        Assert.Equal(new DateTimeOffset(2023, 11, 14, 22, 13, 20, 123, TimeSpan.Zero), model.Milliseconds);
        Assert.Contains("\"ts_ms\":1700000000123", Write(model), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"ts\":253402300800}")]
    [InlineData("{\"ts\":-62135596801}")]
    [InlineData("{\"ts_ms\":253402300800000}")]
    [InlineData("{\"ts\":\"soon\"}")]
    public void Unix_times_out_of_range_or_not_numbers_are_format_errors(string json)
        => Assert.Throws<MemberCardsFormatException>(() => MemberCardsJson.Deserialize(Encoding.UTF8.GetBytes(json), Converted, "Iot"));

    [Fact]
    public void Nulls_are_omitted_but_false_and_zero_are_kept()
    {
        var json = Write(new ConvertedModel { Optional = null, SupplyBonus = false, Title = null });
        Assert.DoesNotContain("optional", json, StringComparison.Ordinal);
        Assert.DoesNotContain("title", json, StringComparison.Ordinal);
        Assert.Contains("\"supply_bonus\":false", json, StringComparison.Ordinal);
        Assert.Contains("\"level\":0", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("会员卡 · 金卡")]
    [InlineData("𠮷野家")]
    [InlineData("生日快乐🎂")]
    [InlineData("<b>&'</b>")]
    public void Chinese_and_other_non_ASCII_text_is_written_as_UTF8_not_escaped(string title)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(new ConvertedModel { Title = title }, Converted);
        var json = Encoding.UTF8.GetString(bytes);
        Assert.Contains("\"title\":\"" + title + "\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Quotes_backslashes_and_control_characters_are_still_escaped()
    {
        var json = Write(new ConvertedModel { Title = "a\"b\\c\n" });
        Assert.Contains("\"title\":\"a\\\"b\\\\c\\n\"", json, StringComparison.Ordinal);
        Assert.Equal("a\"b\\c\n", JsonSerializer.Deserialize(json, Converted)!.Title);
    }

    [Fact]
    public void Other_control_characters_are_written_as_u_escapes_and_read_back()
    {
        var json = Write(new ConvertedModel { Title = "a\u0001b\u001Fc\td" });
        Assert.Contains("\"title\":\"a\\u0001b\\u001Fc\\td\"", json, StringComparison.Ordinal);
        Assert.Equal("a\u0001b\u001Fc\td", JsonSerializer.Deserialize(json, Converted)!.Title);
    }

    [Fact]
    public void An_unpaired_surrogate_still_produces_valid_JSON()
    {
        var json = Write(new ConvertedModel { Title = "x\uD842y" });
        using var document = JsonDocument.Parse(json);
        Assert.StartsWith("x", document.RootElement.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_written_through_a_Utf8JsonWriter_with_the_options_encoder_is_not_escaped()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = Options.Encoder }))
        {
            writer.WriteStartObject();
            writer.WriteString("名称"u8, "𠮷野家 会员"u8);
            writer.WriteString("note", "生日快乐🎂");
            writer.WriteEndObject();
        }

        Assert.Equal("{\"名称\":\"𠮷野家 会员\",\"note\":\"生日快乐🎂\"}", Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void The_options_are_frozen_and_use_the_given_resolver()
    {
        Assert.True(Options.IsReadOnly);
        Assert.Same(CoreTestJsonContext.Default, Options.TypeInfoResolver);
        Assert.Throws<ArgumentNullException>(() => MemberCardsJson.CreateOptions(null!));
    }

    [Theory]
    [InlineData("{\"id\":1090560337592619000,\"level\":\"2\",\"create_time\":\"2020-05-20T13:29:35+08:00\",\"local_time\":\"2024-01-02 03:04:05\",\"ts\":\"1700000000\"}")]
    public void Converters_work_on_nullable_properties_with_the_source_generator(string json)
    {
        var model = JsonSerializer.Deserialize(json, Nullable)!;
        Assert.Equal(1090560337592619000L, model.Id);
        Assert.Equal(2, model.Level);
        Assert.Equal(new DateTimeOffset(2020, 5, 20, 13, 29, 35, TimeSpan.FromHours(8)), model.CreateTime);
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.FromHours(8)), model.LocalTime);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1700000000), model.Seconds);
        Assert.Equal("{\"id\":1090560337592619000,\"level\":2,\"create_time\":\"2020-05-20T13:29:35+08:00\",\"local_time\":\"2024-01-02 03:04:05\",\"ts\":1700000000}", JsonSerializer.Serialize(model, Nullable));
    }

    [Fact]
    public void Nullable_properties_read_null_and_absent_as_null_and_are_omitted()
    {
        var model = JsonSerializer.Deserialize("{\"id\":null,\"level\":null,\"create_time\":null}", Nullable)!;
        Assert.Null(model.Id);
        Assert.Null(model.Level);
        Assert.Null(model.CreateTime);
        Assert.Null(model.LocalTime);
        Assert.Equal("{}", JsonSerializer.Serialize(model, Nullable));
    }

    [Fact]
    public void Nullable_properties_still_reject_malformed_values()
        => Assert.Throws<MemberCardsFormatException>(() => MemberCardsJson.Deserialize("{\"id\":\"x1\"}"u8, Nullable, "Erp"));

    [Theory]
    [InlineData("null")]
    [InlineData("")]
    [InlineData("{\"id\":")]
    [InlineData("<html>502</html>")]
    [InlineData("[1,2]")]
    public void Deserialize_turns_every_malformed_body_into_a_format_error(string body)
    {
        var ex = Assert.Throws<MemberCardsFormatException>(() => MemberCardsJson.Deserialize(Encoding.UTF8.GetBytes(body), Converted, "WeChat"));
        Assert.Equal("WeChat", ex.Service);
        Assert.Equal("ConvertedModel", ex.Target);
        Assert.StartsWith("Could not read ConvertedModel from WeChat at $", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_of_deeply_nested_input_is_a_format_error()
    {
        var body = "{\"title\":" + new string('[', 100) + new string(']', 100) + "}";
        Assert.Throws<MemberCardsFormatException>(() => MemberCardsJson.Deserialize(Encoding.UTF8.GetBytes(body), Converted, "WeChat"));
    }

    [Fact]
    public void Deserialize_with_null_type_info_is_an_argument_error()
        => Assert.Throws<ArgumentNullException>(() => MemberCardsJson.Deserialize<ConvertedModel>("{}"u8, null!, "WeChat"));

    private static ConvertedModel Read(string json) => MemberCardsJson.Deserialize(Encoding.UTF8.GetBytes(json), Converted, "Test");

    private static string Write(ConvertedModel model) => Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(model, Converted));
}
