namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// A response body read once inside the handler pipeline (and verified there when the answer is 2xx); the client
/// reads the same bytes without another copy.
/// </summary>
internal sealed class BufferedBodyContent : ByteArrayContent
{
    public BufferedBodyContent(byte[] body, HttpContent original)
        : base(body)
    {
        Body = body;
        foreach (var header in original.Headers.NonValidated)
        {
            foreach (var value in header.Value)
            {
                Headers.TryAddWithoutValidation(header.Key, value);
            }
        }
    }

    public byte[] Body { get; }

    /// <summary>
    /// Reads a whole body: straight into an array of the announced <c>Content-Length</c> when there is one (no
    /// intermediate buffer), otherwise through <see cref="HttpContent.ReadAsByteArrayAsync(CancellationToken)"/>.
    /// A body shorter than announced fails with an <see cref="IOException"/>. A <see cref="ValueTask{TResult}"/>: a body
    /// already at hand is read without a task.
    /// </summary>
    public static async ValueTask<byte[]> ReadAsync(HttpContent content, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength is not { } length || length > ExactReadLimit)
        {
            return await content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        }

        if (length == 0)
        {
            return [];
        }

        var body = new byte[length];
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            await stream.ReadExactlyAsync(body, cancellationToken).ConfigureAwait(false);
        }

        return body;
    }

    /// <summary>Above this announced length the body is read without trusting the header for the allocation.</summary>
    private const long ExactReadLimit = 1 << 20;
}
