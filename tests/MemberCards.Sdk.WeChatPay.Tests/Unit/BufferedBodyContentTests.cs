using System.Net;
using System.Text;

namespace MemberCards.Sdk.WeChatPay.Tests.Unit;

public sealed class BufferedBodyContentTests
{
    [Fact]
    public async Task A_body_with_a_content_length_is_read_exactly_and_keeps_its_headers()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"user_card_code":"478515832665"}""");
        using var original = new StreamContent(new MemoryStream(bytes));
        original.Headers.ContentType = new("application/json");
        original.Headers.ContentLength = bytes.Length;

        var body = await BufferedBodyContent.ReadAsync(original, CancellationToken.None);
        using var buffered = new BufferedBodyContent(body, original);

        Assert.Equal(bytes, body);
        Assert.Same(body, buffered.Body);
        Assert.Equal("application/json", buffered.Headers.ContentType?.MediaType);
        Assert.Equal(bytes.Length, buffered.Headers.ContentLength);
    }

    [Fact]
    public async Task A_body_without_a_content_length_is_read_whole()
    {
        var bytes = Encoding.UTF8.GetBytes(new string('x', 100_000));
        using var original = new UnknownLengthContent(bytes);

        Assert.Null(original.Headers.ContentLength);
        Assert.Equal(bytes, await BufferedBodyContent.ReadAsync(original, CancellationToken.None));
    }

    [Fact]
    public async Task A_body_shorter_than_its_content_length_is_an_IOException()
    {
        using var original = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes("{\"a\":")));
        original.Headers.ContentLength = 20;

        await Assert.ThrowsAnyAsync<IOException>(() => BufferedBodyContent.ReadAsync(original, CancellationToken.None).AsTask());
    }

    [Fact]
    public async Task An_empty_body_is_an_empty_array()
    {
        using var original = new ByteArrayContent([]);

        Assert.Empty(await BufferedBodyContent.ReadAsync(original, CancellationToken.None));
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
