namespace MemberCards.Sdk.Testing.Youzan;

/// <summary>One push as the <see cref="YouzanPushEmulator"/> sends it: the exact body bytes and headers.</summary>
public sealed class YouzanPushDelivery
{
    private readonly Func<int, YouzanPushDelivery>? resend;

    internal YouzanPushDelivery(byte[] body, IReadOnlyDictionary<string, string> headers, string? messageId, int sendCount, Func<int, YouzanPushDelivery>? resend)
    {
        Body = body;
        Headers = headers;
        MessageId = messageId;
        SendCount = sendCount;
        this.resend = resend;
    }

    /// <summary>The body bytes exactly as sent.</summary>
    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>The body as UTF-8 text.</summary>
    public string BodyText => Encoding.UTF8.GetString(Body.Span);

    /// <summary>The headers sent with it (<c>Event-Sign</c>, <c>Event-Type</c>, <c>Client-Id</c> for Cloud pushes).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>The <c>Event-Sign</c> header, or <see langword="null"/> for a classic push.</summary>
    public string? EventSign => Headers.TryGetValue(MemberCards.Sdk.Youzan.YouzanConstants.EventSignHeader, out var value) ? value : null;

    /// <summary>The <c>msg_id</c>, or <see langword="null"/> for a classic push.</summary>
    public string? MessageId { get; }

    /// <summary>The <c>sendCount</c> of this delivery (0 for the first).</summary>
    public int SendCount { get; }

    /// <summary>The same message re-sent, as Youzan does when the endpoint did not acknowledge it: <c>sendCount</c> + 1, same msg_id and version, signed again.</summary>
    /// <returns>The re-send.</returns>
    /// <exception cref="InvalidOperationException">A health check is never re-sent.</exception>
    public YouzanPushDelivery AsRetry()
        => resend?.Invoke(SendCount + 1) ?? throw new InvalidOperationException("A health check is not re-sent.");

    /// <inheritdoc />
    public override string ToString() => $"Youzan push ({Body.Length} bytes, sendCount {SendCount}, msg_id {MessageId ?? "(none)"})";
}
