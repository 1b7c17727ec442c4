using System.Buffers;

namespace MemberCards.Sdk;

/// <summary>
/// An answer's body, read once inside the handler pipeline by every service that reads an answer before its caller does
/// (WeChat Pay's verification, the errcode WeChat puts in a 200, the ERP's code). The pipeline buffers the answer's own
/// content in place (<see cref="HttpContent.LoadIntoBufferAsync(long, CancellationToken)"/>): the one copy of the body,
/// with the content's headers untouched. Refit buffers every answer before it deserializes it; a buffered content
/// costs nothing there. The pipeline and the content serializer read the bytes through an array of the shared pool
/// (<see cref="Rent"/>), cleared when it goes back (<see cref="Return"/>): an answer holds openids and names.
/// </summary>
/// <remarks>
/// The limits and failures are .NET's own: a body over the limit, announced or found while reading, is an
/// <see cref="HttpRequestException"/> whose <see cref="HttpRequestException.HttpRequestError"/> is
/// <see cref="HttpRequestError.ConfigurationLimitExceeded"/>; a body the connection cuts off before its
/// <c>Content-Length</c> is the <see cref="HttpRequestException"/> of the read. The content serializer needs nothing from
/// the pipeline: it buffers whatever it is given (a no-op for a buffered content) before it rents.
/// </remarks>
internal static class MemberCardsAnswerBody
{
    /// <summary>Above this announced length a body is read without trusting the header for the allocation.</summary>
    private const long ExactReadLimit = 1 << 20;

    /// <summary>
    /// Copies a buffered content's body into an array of <see cref="ArrayPool{T}.Shared"/> (give it back with
    /// <see cref="Return"/>); the content stays readable from its start.
    /// </summary>
    /// <param name="content">A content buffered already (<see cref="HttpContent.LoadIntoBufferAsync()"/> has completed).</param>
    /// <param name="length">The length of the body, the valid part of the array.</param>
    /// <returns>The array.</returns>
    public static byte[] Rent(HttpContent content, out int length)
    {
        // Buffered: an in-memory stream over the buffer, made once and kept by the content.
        var stream = content.ReadAsStream();
        length = checked((int)stream.Length);
        if (length == 0)
        {
            return [];
        }

        var body = ArrayPool<byte>.Shared.Rent(length);
        stream.Position = 0;
        stream.ReadExactly(body, 0, length);
        stream.Position = 0;
        return body;
    }

    /// <summary>Gives back an array from <see cref="Rent"/>, cleared.</summary>
    /// <param name="body">The array.</param>
    public static void Return(byte[] body)
    {
        if (body.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(body, clearArray: true);
        }
    }

    /// <summary>
    /// Reads a whole body: straight into an array of the announced <c>Content-Length</c> when there is one (no
    /// intermediate buffer), otherwise through <see cref="HttpContent.ReadAsByteArrayAsync(CancellationToken)"/>.
    /// A body shorter than announced fails with an <see cref="IOException"/>. A <see cref="ValueTask{TResult}"/>: a body
    /// already at hand is read without a task.
    /// </summary>
    /// <param name="content">The content.</param>
    /// <param name="cancellationToken">The token.</param>
    /// <returns>The body.</returns>
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
}
