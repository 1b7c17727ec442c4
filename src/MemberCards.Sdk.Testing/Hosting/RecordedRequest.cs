namespace MemberCards.Sdk.Testing;

/// <summary>One request an emulator received, exactly as it arrived.</summary>
public sealed class RecordedRequest
{
    /// <summary>The HTTP method (<c>GET</c>, <c>POST</c> ...).</summary>
    public required string Method { get; init; }

    /// <summary>The path, percent-encoded as sent.</summary>
    public required string Path { get; init; }

    /// <summary>The query string including the leading <c>?</c>, or empty.</summary>
    public required string Query { get; init; }

    /// <summary>The request headers (names case-insensitive; repeated headers joined with <c>,</c>).</summary>
    public required IReadOnlyDictionary<string, string> Headers { get; init; }

    /// <summary>The raw body bytes.</summary>
    public required ReadOnlyMemory<byte> Body { get; init; }

    /// <summary>The path and query as sent (the request target that WeChat Pay signs).</summary>
    public string PathAndQuery => Path + Query;

    /// <summary>The body decoded as UTF-8.</summary>
    public string BodyText => System.Text.Encoding.UTF8.GetString(Body.Span);

    /// <summary>A header's value, or <see langword="null"/>.</summary>
    /// <param name="name">The header name, any case.</param>
    /// <returns>The value, or <see langword="null"/> when absent.</returns>
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <inheritdoc />
    public override string ToString() => $"{Method} {PathAndQuery} ({Body.Length} bytes)";
}
