using System.Text.Json;

namespace MemberCards.Sdk.WeChatPay.Tests.Unit;

/// <summary>
/// A template's change time: SKIT and SEN name it <c>modify_time</c>, Y <c>update_time</c> (reference §1, "Template
/// object": accept both). Either is read into <see cref="CardTemplate.ModifyTime"/>, <c>modify_time</c> wins when both
/// come, and the SDK writes <c>modify_time</c> only.
/// </summary>
public sealed class CardTemplateChangeTimeTests
{
    private const string Written = """{"card_id":"pEmu00000001","modify_time":"2025-11-23T10:00:00+08:00"}""";

    private static readonly DateTimeOffset Modified = new(2025, 11, 23, 10, 0, 0, TimeSpan.FromHours(8));

    [Theory]
    [InlineData("""{"card_id":"pEmu00000001","modify_time":"2025-11-23T10:00:00+08:00"}""")]
    [InlineData("""{"card_id":"pEmu00000001","update_time":"2025-11-23T10:00:00+08:00"}""")]
    [InlineData("""{"card_id":"pEmu00000001","update_time":"2020-01-01T00:00:00+08:00","modify_time":"2025-11-23T10:00:00+08:00"}""")]
    [InlineData("""{"card_id":"pEmu00000001","modify_time":"2025-11-23T10:00:00+08:00","update_time":"2020-01-01T00:00:00+08:00"}""")]
    public void The_change_time_is_read_under_either_name_and_written_as_modify_time(string json)
    {
        var template = JsonSerializer.Deserialize(json, WeChatPayJson.For<CardTemplate>())!;

        Assert.Equal(Modified, template.ModifyTime);
        Assert.Equal(Written, JsonSerializer.Serialize(template, WeChatPayJson.For<CardTemplate>()));
    }

    [Fact]
    public void A_page_of_templates_reads_update_time_as_well()
    {
        var page = JsonSerializer.Deserialize("""{"total_count":1,"offset":0,"limit":20,"data":[{"card_id":"pEmu00000001","update_time":"2025-11-23T10:00:00+08:00"}]}""", WeChatPayJson.For<WeChatPayPage<CardTemplate>>())!;

        Assert.Equal(Modified, Assert.Single(page.Data!).ModifyTime);
    }
}
