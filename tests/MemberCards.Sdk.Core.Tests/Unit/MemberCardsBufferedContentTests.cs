using System.Net;
using System.Text;

namespace MemberCards.Sdk.Core.Tests.Unit;

public sealed class MemberCardsBufferedContentTests
{
    [Fact]
    public async Task A_body_with_a_content_length_is_read_exactly()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"user_card_code":"478515832665"}""");
        using var original = new StreamContent(new MemoryStream(bytes));
        original.Headers.ContentLength = bytes.Length;

        Assert.Equal(bytes, await MemberCardsBufferedContent.ReadAsync(original, CancellationToken.None));
    }

    [Fact]
    public async Task A_loaded_body_keeps_every_header_and_reads_the_same_bytes_again_and_again()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"user_card_code":"478515832665"}""");
        using var original = new StreamContent(new MemoryStream(bytes));
        original.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
        original.Headers.ContentLength = bytes.Length;
        original.Headers.ContentLanguage.Add("zh-CN");
        original.Headers.TryAddWithoutValidation("Content-Disposition", "inline");

        using var buffered = await MemberCardsBufferedContent.LoadAsync(original, CancellationToken.None);

        Assert.Equal("application/json; charset=utf-8", buffered.Headers.ContentType?.ToString());
        Assert.Equal(bytes.Length, buffered.Headers.ContentLength);
        Assert.Equal(["zh-CN"], buffered.Headers.ContentLanguage);
        Assert.Equal("inline", buffered.Headers.ContentDisposition?.ToString());
        for (var i = 0; i < 2; i++)
        {
            var body = buffered.RentBody(out var length);
            Assert.Equal(bytes, body.AsSpan(0, length).ToArray());
            MemberCardsBufferedContent.ReturnBody(body);
        }

        Assert.Equal(bytes, await buffered.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_loaded_body_is_already_buffered_so_buffering_it_again_copies_nothing()
    {
        // Refit buffers every answer before deserializing it; a content that is not buffered yet is copied whole.
        var bytes = new byte[100_000];
        using var original = new ByteArrayContent(bytes);
        using var buffered = await MemberCardsBufferedContent.LoadAsync(original, CancellationToken.None);
        original.Dispose();

        var before = GC.GetAllocatedBytesForCurrentThread();
        await buffered.LoadIntoBufferAsync();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(allocated < 1_000, $"buffering again allocated {allocated} bytes");
        Assert.Equal(bytes.Length, buffered.Headers.ContentLength);
    }

    [Fact]
    public async Task A_loaded_body_longer_than_its_content_length_is_read_as_far_as_announced()
    {
        using var original = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes("{}trailing")));
        original.Headers.ContentLength = 2;

        using var buffered = await MemberCardsBufferedContent.LoadAsync(original, CancellationToken.None);

        Assert.Equal("{}", await buffered.ReadAsStringAsync());
        Assert.Equal(2, buffered.Headers.ContentLength);
    }

    [Fact]
    public async Task A_loaded_body_without_a_content_length_is_read_whole_and_reads_its_length()
    {
        var bytes = Encoding.UTF8.GetBytes(new string('x', 100_000));
        using var original = new UnknownLengthContent(bytes);

        using var buffered = await MemberCardsBufferedContent.LoadAsync(original, CancellationToken.None);

        Assert.Equal(bytes, await buffered.ReadAsByteArrayAsync());
        Assert.Equal(bytes.Length, buffered.Headers.ContentLength);
    }

    [Fact]
    public async Task A_loaded_body_shorter_than_its_content_length_is_the_IOException_of_the_read()
    {
        using var original = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes("{\"a\":")));
        original.Headers.ContentLength = 20;

        await Assert.ThrowsAsync<EndOfStreamException>(() => MemberCardsBufferedContent.LoadAsync(original, CancellationToken.None).AsTask());
    }

    [Fact]
    public async Task An_empty_loaded_body_rents_nothing()
    {
        using var original = new ByteArrayContent([]);
        using var buffered = await MemberCardsBufferedContent.LoadAsync(original, CancellationToken.None);

        var body = buffered.RentBody(out var length);

        Assert.Equal(0, length);
        Assert.Empty(body);
        MemberCardsBufferedContent.ReturnBody(body);
    }

    [Fact]
    public async Task A_body_without_a_content_length_is_read_whole()
    {
        var bytes = Encoding.UTF8.GetBytes(new string('x', 100_000));
        using var original = new UnknownLengthContent(bytes);

        Assert.Null(original.Headers.ContentLength);
        Assert.Equal(bytes, await MemberCardsBufferedContent.ReadAsync(original, CancellationToken.None));
    }

    [Fact]
    public async Task A_body_shorter_than_its_content_length_is_an_IOException()
    {
        using var original = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes("{\"a\":")));
        original.Headers.ContentLength = 20;

        await Assert.ThrowsAnyAsync<IOException>(() => MemberCardsBufferedContent.ReadAsync(original, CancellationToken.None).AsTask());
    }

    [Fact]
    public async Task An_empty_body_is_an_empty_array()
    {
        using var original = new ByteArrayContent([]);

        Assert.Empty(await MemberCardsBufferedContent.ReadAsync(original, CancellationToken.None));
    }

    [Fact]
    public async Task Buffering_an_answer_sets_the_buffered_body_back_and_disposes_the_original()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"errcode":0,"errmsg":"ok"}""");
        var stream = new MemoryStream(bytes);
        using var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(stream) };
        response.Content.Headers.ContentType = new("application/json");

        var buffered = await MemberCardsBufferedContent.BufferAsync(response, CancellationToken.None);

        Assert.Same(buffered, response.Content);
        Assert.Equal("application/json", buffered.Headers.ContentType?.ToString());
        Assert.Equal(bytes, await response.Content.ReadAsByteArrayAsync());
        Assert.False(stream.CanRead);
        Assert.Same(buffered, await MemberCardsBufferedContent.BufferAsync(response, CancellationToken.None));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_answer_over_the_limit_fails_as_a_limit_and_keeps_its_content(bool announced)
    {
        var bytes = new byte[100_000];
        HttpContent original = announced ? new ByteArrayContent(bytes) : new UnknownLengthContent(bytes);
        using var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = original };

        var ex = await Assert.ThrowsAsync<HttpRequestException>(() => MemberCardsBufferedContent.BufferAsync(response, 99_999, CancellationToken.None).AsTask());

        Assert.Equal(HttpRequestError.ConfigurationLimitExceeded, ex.HttpRequestError);
        Assert.Same(original, response.Content);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_answer_at_the_limit_is_buffered(bool announced)
    {
        var bytes = Encoding.UTF8.GetBytes(new string('x', 100_000));
        HttpContent original = announced ? new ByteArrayContent(bytes) : new UnknownLengthContent(bytes);
        using var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = original };

        var buffered = await MemberCardsBufferedContent.BufferAsync(response, 100_000, CancellationToken.None);

        Assert.Same(buffered, response.Content);
        Assert.Equal(bytes, await response.Content.ReadAsByteArrayAsync());
        var ex = await Assert.ThrowsAsync<HttpRequestException>(() => MemberCardsBufferedContent.BufferAsync(response, 99_999, CancellationToken.None).AsTask());
        Assert.Equal(HttpRequestError.ConfigurationLimitExceeded, ex.HttpRequestError);
    }

    private sealed class UnknownLengthContent(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(bytes, 0, bytes.Length);

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
