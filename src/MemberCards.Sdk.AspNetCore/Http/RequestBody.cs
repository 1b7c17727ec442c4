namespace MemberCards.Sdk.AspNetCore;

/// <summary>Reads a request body whole, refusing more than a cap before buffering it.</summary>
internal static class RequestBody
{
    private const int ChunkSize = 16 * 1024;

    // The buffer starts at most this large and grows with the bytes that really arrive: a declared Content-Length is
    // the sender's word, and an unauthenticated sender must not make the host set aside the whole cap per connection.
    private const int MaxInitialCapacity = 64 * 1024;

    /// <summary>
    /// Reads the body of <paramref name="request"/>, or returns <see langword="null"/> when it is larger than
    /// <paramref name="maxBytes"/> (by its <c>Content-Length</c>, or while reading a chunked body).
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="maxBytes">The largest body accepted.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The body bytes, or <see langword="null"/> when over the cap.</returns>
    public static async Task<ReadOnlyMemory<byte>?> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength is { } declared && declared > maxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream(request.ContentLength is { } length ? (int)Math.Min(length, MaxInitialCapacity) : ChunkSize);
        var chunk = new byte[ChunkSize];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }
}
