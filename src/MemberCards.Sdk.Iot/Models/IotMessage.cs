namespace MemberCards.Sdk.Iot;

/// <summary>
/// One message published on <c>{tenant}/proj_{project}/v1-business-customer</c>: the thing-model envelope
/// (<c>msgId</c>, <c>reportTs</c>, <c>profile</c>) and its <c>events</c>. Read one with <see cref="Parse(ReadOnlySpan{byte})"/>.
/// </summary>
public sealed class IotMessage
{
    /// <summary>
    /// <c>msgId</c>: the message id, the de-duplication key (sent as a number; kept as its exact text so
    /// any form the platform uses works). <see langword="null"/> when absent.
    /// </summary>
    [JsonPropertyName("msgId")]
    public string? MessageId { get; set; }

    /// <summary><c>reportTs</c>: when the platform reported the message (Unix milliseconds, as UTC).</summary>
    [JsonPropertyName("reportTs")]
    public DateTimeOffset? ReportedAt { get; set; }

    /// <summary><c>profile</c>: the reporting application and thing model, when sent.</summary>
    public IotProfile? Profile { get; set; }

    /// <summary><c>events</c>: the events of this message (empty when absent).</summary>
    public IotEvents Events { get; set => field = value ?? new IotEvents(); } = new();

    /// <summary>
    /// Reads a message from its payload exactly as received, refusing payloads larger than
    /// <see cref="IotOptions.DefaultMaxMessageBytes"/> before parsing.
    /// </summary>
    /// <param name="payload">The UTF-8 JSON payload.</param>
    /// <returns>The message.</returns>
    /// <exception cref="MemberCardsFormatException">The payload is too large, not JSON, or not of the documented shape.</exception>
    public static IotMessage Parse(ReadOnlySpan<byte> payload) => Parse(payload, IotOptions.DefaultMaxMessageBytes);

    /// <summary>Reads a message from its payload exactly as received, refusing payloads larger than <paramref name="maxBytes"/> before parsing.</summary>
    /// <param name="payload">The UTF-8 JSON payload.</param>
    /// <param name="maxBytes">The size cap in bytes.</param>
    /// <returns>The message.</returns>
    /// <exception cref="MemberCardsFormatException">The payload is too large, not JSON, or not of the documented shape.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxBytes"/> is not positive.</exception>
    public static IotMessage Parse(ReadOnlySpan<byte> payload, int maxBytes) => IotMessageReader.Read(payload, maxBytes);

    /// <inheritdoc />
    public override string ToString() => $"msgId={MessageId} reportTs={ReportedAt:O} events={Events}";
}
