using System.Buffers;
using System.Net;
using System.Runtime.ExceptionServices;

namespace MemberCards.Sdk;

/// <summary>
/// An answer's body read once inside the handler pipeline, held in <see cref="HttpContent"/>'s own buffer: the one copy
/// of the body, for every service that reads an answer before its caller does (WeChat Pay's verification, the errcode
/// WeChat puts in a 200, the ERP's code). Refit buffers every answer before it deserializes it
/// (<see cref="HttpContent.LoadIntoBufferAsync()"/>); this content is buffered already, so that costs nothing, where a
/// content holding its own array (a <see cref="ByteArrayContent"/>) is copied whole again (issue 18). The pipeline reads
/// the bytes through an array of the shared pool (<see cref="RentBody"/>).
/// </summary>
/// <remarks>
/// Every content header of the original answer is kept but <c>Content-Length</c>, which reads the buffered length: the
/// same value, since a body shorter than announced fails and one longer is read only as far as announced.
/// </remarks>
internal sealed class MemberCardsBufferedContent : HttpContent
{
    /// <summary>Above this announced length the body is read without trusting the header for the allocation.</summary>
    private const long ExactReadLimit = 1 << 20;

    /// <summary>The chunk in which a body is copied into the buffer.</summary>
    private const int CopyChunk = 16 * 1024;

    /// <summary>The most bytes a body of unknown length may have (the pipeline's limit; otherwise a buffer's own, int.MaxValue).</summary>
    private readonly int maxBytes;
    private HttpContent? original;
    private Exception? readFailure;

    private MemberCardsBufferedContent(HttpContent original, int maxBytes)
    {
        this.original = original;
        this.maxBytes = maxBytes;
        foreach (var header in original.Headers.NonValidated)
        {
            if (string.Equals(header.Key, "Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            foreach (var value in header.Value)
            {
                Headers.TryAddWithoutValidation(header.Key, value);
            }
        }
    }

    /// <summary>
    /// Reads the body of <paramref name="original"/> whole into a new buffered content with its headers. The original is
    /// left to its owner (the answer) to dispose. A body shorter than its <c>Content-Length</c> fails with an
    /// <see cref="IOException"/>; every failure is the one reading the original threw, as <see cref="ReadAsync"/> throws it.
    /// </summary>
    /// <param name="original">The answer's content.</param>
    /// <param name="cancellationToken">The token of the attempt.</param>
    /// <returns>The buffered content.</returns>
    public static ValueTask<MemberCardsBufferedContent> LoadAsync(HttpContent original, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(original);
        return LoadCoreAsync(original, int.MaxValue, null, cancellationToken);
    }

    /// <summary>
    /// Reads an answer's body whole into a buffered content and sets it as the answer's content (the original is
    /// disposed); an answer whose content is buffered already keeps it. Failures as <see cref="LoadAsync"/>.
    /// </summary>
    /// <param name="response">The answer.</param>
    /// <param name="cancellationToken">The token of the attempt.</param>
    /// <returns>The answer's content, buffered.</returns>
    public static ValueTask<MemberCardsBufferedContent> BufferAsync(HttpResponseMessage response, CancellationToken cancellationToken)
        => BufferAsync(response, int.MaxValue, cancellationToken);

    /// <summary>
    /// As <see cref="BufferAsync(HttpResponseMessage, CancellationToken)"/>, for a body of at most
    /// <paramref name="maxBytes"/>: a longer one, announced or found while reading, is not read whole; that fails with
    /// an <see cref="HttpRequestException"/> whose <see cref="HttpRequestException.HttpRequestError"/> is
    /// <see cref="HttpRequestError.ConfigurationLimitExceeded"/>, and the answer keeps its content.
    /// </summary>
    /// <param name="response">The answer.</param>
    /// <param name="maxBytes">The most bytes the body may have.</param>
    /// <param name="cancellationToken">The token of the attempt.</param>
    /// <returns>The answer's content, buffered.</returns>
    public static ValueTask<MemberCardsBufferedContent> BufferAsync(HttpResponseMessage response, int maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.Content is not MemberCardsBufferedContent buffered)
        {
            return LoadCoreAsync(response.Content, maxBytes, response, cancellationToken);
        }

        return buffered.Headers.ContentLength <= maxBytes
            ? ValueTask.FromResult(buffered)
            : ValueTask.FromException<MemberCardsBufferedContent>(OverLimit(maxBytes));
    }

    /// <summary>
    /// Reads a body of at most <paramref name="maxBytes"/>, and sets it as <paramref name="response"/>'s content when
    /// there is one. One asynchronous method behind every entry point: an answer that arrives asynchronously costs one
    /// state machine here, not one per layer.
    /// </summary>
    private static async ValueTask<MemberCardsBufferedContent> LoadCoreAsync(HttpContent original, int maxBytes, HttpResponseMessage? response, CancellationToken cancellationToken)
    {
        if (original.Headers.ContentLength > maxBytes)
        {
            throw OverLimit(maxBytes);
        }

        var content = new MemberCardsBufferedContent(original, maxBytes);
        try
        {
            await content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (content.readFailure is { } failure)
        {
            // HttpContent wraps an IOException of the copy in an HttpRequestException: surface what the read threw (or
            // the copy's OverLimit).
            content.Dispose();
            ExceptionDispatchInfo.Capture(failure).Throw();
            throw;
        }
        catch
        {
            content.Dispose();
            throw;
        }

        content.original = null;
        if (response is not null)
        {
            response.Content = content;
            original.Dispose();
        }

        return content;
    }

    private static HttpRequestException OverLimit(int maxBytes)
        => new(HttpRequestError.ConfigurationLimitExceeded, $"The body is over {maxBytes} bytes; it was not read whole.");

    /// <summary>
    /// The body in an array of <see cref="ArrayPool{T}.Shared"/> (give it back with <see cref="ReturnBody"/>); the
    /// content stays readable from its start.
    /// </summary>
    /// <param name="length">The length of the body, the valid part of the array.</param>
    /// <returns>The array.</returns>
    public byte[] RentBody(out int length)
    {
        // Buffered: an in-memory stream over the buffer, made once and kept by the content.
        var stream = ReadAsStream();
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

    /// <summary>Gives back an array from <see cref="RentBody"/>.</summary>
    /// <param name="body">The array.</param>
    public static void ReturnBody(byte[] body)
    {
        if (body.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(body);
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

    /// <inheritdoc />
    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        => SerializeToStreamAsync(stream, context, CancellationToken.None);

    /// <inheritdoc />
    /// <remarks>Called once, by the buffering of a load: afterwards the buffer answers every read.</remarks>
    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        var source = original ?? throw new InvalidOperationException("The body was read already.");
        try
        {
            if (source.Headers.ContentLength is not { } length || length > ExactReadLimit)
            {
                await CopyWithinLimitAsync(source, stream, cancellationToken).ConfigureAwait(false);
            }
            else if (length > 0)
            {
                await CopyExactlyAsync(source, stream, (int)length, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex)
        {
            readFailure = ex;
            throw;
        }
    }

    /// <inheritdoc />
    /// <remarks>Before buffering: the announced length when it is trusted for the allocation (the buffer is then made at its size).</remarks>
    protected override bool TryComputeLength(out long length)
    {
        if (original?.Headers.ContentLength is { } announced && announced <= ExactReadLimit)
        {
            length = announced;
            return true;
        }

        length = 0;
        return false;
    }

    /// <summary>Copies a body of unknown length to its end, or fails with <see cref="OverLimit"/> past <see cref="maxBytes"/>.</summary>
    private async Task CopyWithinLimitAsync(HttpContent source, Stream target, CancellationToken cancellationToken)
    {
        var chunk = ArrayPool<byte>.Shared.Rent(CopyChunk);
        try
        {
            var input = await source.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (input.ConfigureAwait(false))
            {
                long total = 0;
                int read;
                while ((read = await input.ReadAsync(chunk.AsMemory(0, CopyChunk), cancellationToken).ConfigureAwait(false)) > 0)
                {
                    total += read;
                    if (total > maxBytes)
                    {
                        throw OverLimit(maxBytes);
                    }

                    await target.WriteAsync(chunk.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    /// <summary>Copies exactly <paramref name="length"/> bytes of <paramref name="source"/>'s body (fewer is an <see cref="EndOfStreamException"/>).</summary>
    private static async Task CopyExactlyAsync(HttpContent source, Stream target, int length, CancellationToken cancellationToken)
    {
        var chunk = ArrayPool<byte>.Shared.Rent(Math.Min(length, CopyChunk));
        try
        {
            var input = await source.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (input.ConfigureAwait(false))
            {
                for (var left = length; left > 0;)
                {
                    var part = chunk.AsMemory(0, Math.Min(left, chunk.Length));
                    await input.ReadExactlyAsync(part, cancellationToken).ConfigureAwait(false);
                    await target.WriteAsync(part, cancellationToken).ConfigureAwait(false);
                    left -= part.Length;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }
}
