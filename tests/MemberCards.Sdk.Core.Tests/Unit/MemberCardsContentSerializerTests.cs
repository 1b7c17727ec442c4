using System.Text;
using System.Text.Json;
using MemberCards.Sdk.Serialization;
using Refit;

namespace MemberCards.Sdk.Core.Tests.Unit;

public sealed class MemberCardsContentSerializerTests
{
    private static readonly JsonSerializerOptions Json = MemberCardsJson.CreateOptions(CoreTestJsonContext.Default);

    [Fact]
    public async Task A_request_body_is_the_serialized_bytes_whole_with_its_length_and_a_parsed_utf8_json_type()
    {
        var serializer = Serializer(utf8Answers: false);

        var content = Assert.IsType<MemberCardsJsonContent>(serializer.ToHttpContent(new NoteModel { Text = "会员甲" }));

        var expected = "{\"text\":\"会员甲\"}"u8.ToArray();
        Assert.Equal(expected, content.Body);
        Assert.Equal(expected, await content.ReadAsByteArrayAsync());
        Assert.Equal(expected.Length, content.Headers.ContentLength);
        Assert.Equal("application/json; charset=utf-8", content.Headers.ContentType?.ToString());
    }

    [Fact]
    public void A_request_body_the_serializer_refuses_is_a_validation_error_naming_the_type_and_the_serializers_path()
    {
        var ex = Assert.Throws<MemberCardsValidationException>(() => Serializer(utf8Answers: false).ToHttpContent(new EnumHolder { CardType = CardType.Unknown }));

        Assert.StartsWith("The EnumHolder cannot be sent (at $.CardType)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("CardType.Unknown has no wire name", ex.Message, StringComparison.Ordinal);
        Assert.IsType<JsonException>(ex.InnerException);
    }

    [Fact]
    public async Task A_utf8_service_reads_an_answer_buffered_or_not_and_leaves_it_readable()
    {
        var serializer = Serializer(utf8Answers: true);
        var bytes = "{\"text\":\"会员甲\"}"u8.ToArray();
        using var unbuffered = new StreamContent(new MemoryStream(bytes));
        using var buffered = new ByteArrayContent(bytes);
        await buffered.LoadIntoBufferAsync();

        Assert.Equal("会员甲", (await serializer.FromHttpContentAsync<NoteModel>(unbuffered))?.Text);
        Assert.Equal("会员甲", (await serializer.FromHttpContentAsync<NoteModel>(buffered))?.Text);
        Assert.Equal(bytes, await unbuffered.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_utf8_service_reads_utf8_whatever_charset_the_answer_names()
    {
        // WeChat and WeChat Pay answer UTF-8 by protocol (WeChat has named "encoding=utf-8", not "charset").
        using var content = new ByteArrayContent("{\"text\":\"会员甲\"}"u8.ToArray());
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=iso-8859-1");

        Assert.Equal("会员甲", (await Serializer(utf8Answers: true).FromHttpContentAsync<NoteModel>(content))?.Text);
    }

    [Fact]
    public async Task Another_service_reads_the_charset_its_answer_names()
    {
        // An ERP is the merchant's own server: its declared charset is honoured.
        using var content = new ByteArrayContent(Encoding.Unicode.GetBytes("{\"text\":\"会员甲\"}"));
        content.Headers.ContentType = new("application/json") { CharSet = "utf-16" };

        Assert.Equal("会员甲", (await Serializer(utf8Answers: false).FromHttpContentAsync<NoteModel>(content))?.Text);
    }

    [Fact]
    public async Task An_empty_answer_is_null_and_a_broken_one_is_the_JsonException_of_the_read()
    {
        var serializer = Serializer(utf8Answers: true);
        using var empty = new ByteArrayContent([]);
        using var broken = new ByteArrayContent("{\"text\":"u8.ToArray());

        Assert.Null(await serializer.FromHttpContentAsync<NoteModel>(empty));
        await Assert.ThrowsAnyAsync<JsonException>(() => serializer.FromHttpContentAsync<NoteModel>(broken));
    }

    private static MemberCardsContentSerializer Serializer(bool utf8Answers)
        => new(new SystemTextJsonContentSerializer(Json), Json, utf8Answers);
}
