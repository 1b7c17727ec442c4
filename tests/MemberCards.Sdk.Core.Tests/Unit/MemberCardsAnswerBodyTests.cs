using System.Buffers;
using System.Net;
using System.Text;

namespace MemberCards.Sdk.Core.Tests.Unit;

public sealed class MemberCardsAnswerBodyTests
{
    [Fact]
    public async Task A_body_with_a_content_length_is_read_exactly()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"user_card_code":"478515832665"}""");
        using var original = new StreamContent(new MemoryStream(bytes));
        original.Headers.ContentLength = bytes.Length;

        Assert.Equal(bytes, await MemberCardsAnswerBody.ReadAsync(original, CancellationToken.None));
    }

    [Fact]
    public async Task A_buffered_body_rents_the_same_bytes_again_and_again_and_stays_readable()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"user_card_code":"478515832665"}""");
        using var content = new StreamContent(new MemoryStream(bytes));
        content.Headers.ContentLength = bytes.Length;
        await content.LoadIntoBufferAsync();

        for (var i = 0; i < 2; i++)
        {
            var body = MemberCardsAnswerBody.Rent(content, out var length);
            Assert.Equal(bytes, body.AsSpan(0, length).ToArray());
            MemberCardsAnswerBody.Return(body);
        }

        Assert.Equal(bytes, await content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_rented_body_goes_back_to_the_pool_cleared()
    {
        // An answer holds openids and names: nothing of it stays in the shared pool's arrays.
        var bytes = Encoding.UTF8.GetBytes("""{"openid":"obLatjjwDolFjRRd3doGo0000000","nickname":"会员甲"}""");
        using var content = new ByteArrayContent(bytes);
        await content.LoadIntoBufferAsync();

        var body = MemberCardsAnswerBody.Rent(content, out var length);
        MemberCardsAnswerBody.Return(body);

        // The pool hands the array just returned on this thread straight back.
        var again = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            Assert.Same(body, again);
            Assert.All(again, b => Assert.Equal(0, b));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(again);
        }
    }

    [Fact]
    public async Task A_buffered_answer_is_not_copied_again_by_the_buffering_before_deserialization()
    {
        // Refit buffers every answer before deserializing it; the pipeline's buffering in place makes that free.
        var bytes = new byte[100_000];
        using var content = new StreamContent(new MemoryStream(bytes));
        content.Headers.ContentLength = bytes.Length;
        await content.LoadIntoBufferAsync();

        var before = GC.GetAllocatedBytesForCurrentThread();
        await content.LoadIntoBufferAsync();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(allocated < 1_000, $"buffering again allocated {allocated} bytes");
        Assert.Equal(bytes.Length, content.Headers.ContentLength);
    }

    [Fact]
    public async Task An_empty_body_rents_nothing()
    {
        using var content = new ByteArrayContent([]);
        await content.LoadIntoBufferAsync();

        var body = MemberCardsAnswerBody.Rent(content, out var length);

        Assert.Equal(0, length);
        Assert.Empty(body);
        MemberCardsAnswerBody.Return(body);
    }

    [Fact]
    public async Task A_body_without_a_content_length_is_read_whole()
    {
        var bytes = Encoding.UTF8.GetBytes(new string('x', 100_000));
        using var original = new UnknownLengthContent(bytes);

        Assert.Null(original.Headers.ContentLength);
        Assert.Equal(bytes, await MemberCardsAnswerBody.ReadAsync(original, CancellationToken.None));
    }

    [Fact]
    public async Task A_body_shorter_than_its_content_length_is_an_IOException()
    {
        using var original = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes("{\"a\":")));
        original.Headers.ContentLength = 20;

        await Assert.ThrowsAnyAsync<IOException>(() => MemberCardsAnswerBody.ReadAsync(original, CancellationToken.None).AsTask());
    }

    [Fact]
    public async Task An_empty_body_is_an_empty_array()
    {
        using var original = new ByteArrayContent([]);

        Assert.Empty(await MemberCardsAnswerBody.ReadAsync(original, CancellationToken.None));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Buffering_over_the_limit_fails_as_a_limit_announced_or_found_while_reading(bool announced)
    {
        // The contract the ERP's mapper relies on (ErpConstants.MaxAnswerBytes): .NET's own buffering, with a limit.
        var bytes = new byte[100_000];
        using HttpContent content = announced ? new ByteArrayContent(bytes) : new UnknownLengthContent(bytes);

        var ex = await Assert.ThrowsAsync<HttpRequestException>(() => content.LoadIntoBufferAsync(99_999));

        Assert.Equal(HttpRequestError.ConfigurationLimitExceeded, ex.HttpRequestError);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_body_at_the_limit_is_buffered_and_rents_whole(bool announced)
    {
        var bytes = Encoding.UTF8.GetBytes(new string('x', 100_000));
        using HttpContent content = announced ? new ByteArrayContent(bytes) : new UnknownLengthContent(bytes);

        await content.LoadIntoBufferAsync(100_000);

        var body = MemberCardsAnswerBody.Rent(content, out var length);
        Assert.Equal(bytes, body.AsSpan(0, length).ToArray());
        MemberCardsAnswerBody.Return(body);
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
