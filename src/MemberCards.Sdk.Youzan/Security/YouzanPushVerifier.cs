using MemberCards.Sdk.Security;

namespace MemberCards.Sdk.Youzan;

/// <summary>
/// Reads a push and checks that Youzan sent it, before anything in it is trusted: the <c>Event-Sign</c>
/// header (MD5 of client_id + raw body + client_secret) when present, otherwise the body <c>sign</c>
/// (MD5 of client_id + msg as received + client_secret). Hex case is ignored, the comparison is constant
/// time, and several secrets are accepted while one is rotated. Health checks (<c>{"test":true}</c>)
/// carry no signature and are returned unverified, marked <see cref="YouzanPush.IsHealthCheck"/>. Every failure
/// carries its <see cref="MemberCardsSignatureException.Reason"/>: <see cref="SignatureFailureReason.MissingHeaders"/>
/// (no signature at all), <see cref="SignatureFailureReason.Malformed"/> (not 32 hex digits) or
/// <see cref="SignatureFailureReason.Mismatch"/>. The body <c>sign</c> covers <c>msg</c> only, so a push verified by it has
/// <see cref="YouzanPush.IsEnvelopeSigned"/> <see langword="false"/>; set <see cref="RequireEventSign"/> to refuse such pushes.
/// </summary>
public sealed class YouzanPushVerifier
{
    private readonly string clientId;
    private readonly byte[] clientIdBytes;
    private readonly byte[][] secrets;

    /// <summary>Creates a verifier for one app.</summary>
    /// <param name="clientId">The app's client_id.</param>
    /// <param name="clientSecrets">Every accepted client_secret (the current one and, during a rotation, the previous ones).</param>
    /// <exception cref="ArgumentException">The client id is empty or no secret is given.</exception>
    public YouzanPushVerifier(string clientId, IEnumerable<string> clientSecrets)
    {
        ArgumentException.ThrowIfNullOrEmpty(clientId);
        ArgumentNullException.ThrowIfNull(clientSecrets);
        this.clientId = clientId;
        clientIdBytes = Encoding.UTF8.GetBytes(clientId);
        secrets = [.. clientSecrets.Where(s => !string.IsNullOrEmpty(s)).Select(Encoding.UTF8.GetBytes)];
        if (secrets.Length == 0)
        {
            throw new ArgumentException("At least one non-empty client_secret is required.", nameof(clientSecrets));
        }
    }

    /// <summary>
    /// Whether a push must carry a valid <c>Event-Sign</c> header (default <see langword="false"/>): when set, a push
    /// without the header is refused (<see cref="SignatureFailureReason.MissingHeaders"/>) even if its body <c>sign</c>
    /// verifies, so removing the header from a Youzan Cloud push cannot fall back to the body sign, which leaves the
    /// envelope unsigned. Health checks still pass. See <see cref="YouzanOptions.RequireEventSign"/>.
    /// </summary>
    public bool RequireEventSign { get; init; }

    /// <summary>Reads a push and verifies it.</summary>
    /// <param name="body">The request body exactly as received.</param>
    /// <param name="eventSign">The <c>Event-Sign</c> header, or <see langword="null"/> when absent.</param>
    /// <param name="maxMessageBytes">The largest body accepted; checked before anything is read.</param>
    /// <returns>The verified push, or a health check (<see cref="YouzanPush.IsHealthCheck"/>).</returns>
    /// <exception cref="MemberCardsMessageTooLargeException">The body is larger than <paramref name="maxMessageBytes"/>.</exception>
    /// <exception cref="MemberCardsFormatException">The body is not a push envelope.</exception>
    /// <exception cref="MemberCardsSignatureException">The signature is missing (or only the body <c>sign</c> is there while <see cref="RequireEventSign"/> is set), malformed or does not verify under any secret (see its <see cref="MemberCardsSignatureException.Reason"/>).</exception>
    public YouzanPush ReadVerified(ReadOnlySpan<byte> body, string? eventSign, int maxMessageBytes = YouzanConstants.DefaultMaxMessageBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxMessageBytes);
        YouzanPushParser.CheckSize(body.Length, maxMessageBytes);
        if (!string.IsNullOrEmpty(eventSign))
        {
            if (MatchesAnySecret(body, eventSign.Trim()))
            {
                var signed = YouzanPushParser.Parse(body, maxMessageBytes);
                signed.IsEnvelopeSigned = true;
                return signed;
            }

            YouzanPush? unverified = null;
            try
            {
                unverified = YouzanPushParser.Parse(body, maxMessageBytes);
            }
            catch (MemberCardsFormatException)
            {
                // A body that does not even parse under a wrong signature is reported as the signature failure.
            }

            return unverified is { IsHealthCheck: true }
                ? unverified
                : throw Failure("the Event-Sign header", eventSign, unverified);
        }

        var push = YouzanPushParser.Parse(body, maxMessageBytes);
        if (push.IsHealthCheck)
        {
            return push;
        }

        if (RequireEventSign)
        {
            MemberCardsTelemetry.VerificationFailures.Add(1, new KeyValuePair<string, object?>("service", YouzanConstants.ServiceName), new KeyValuePair<string, object?>("reason", nameof(SignatureFailureReason.MissingHeaders)));
            throw new MemberCardsSignatureException(YouzanConstants.ServiceName, SignatureFailureReason.MissingHeaders, $"The Youzan push has no Event-Sign header, and YouzanOptions.RequireEventSign refuses a push verified by its body sign alone ({Describe(push)}).");
        }

        if (push.RawMessage is null || push.Sign is null)
        {
            MemberCardsTelemetry.VerificationFailures.Add(1, new KeyValuePair<string, object?>("service", YouzanConstants.ServiceName), new KeyValuePair<string, object?>("reason", nameof(SignatureFailureReason.MissingHeaders)));
            throw new MemberCardsSignatureException(YouzanConstants.ServiceName, SignatureFailureReason.MissingHeaders, $"The Youzan push carries no signature: no Event-Sign header and no body sign/msg ({Describe(push)}).");
        }

        return IsValidBodySign(push) ? push : throw Failure("the body sign", push.Sign, push);
    }

    /// <summary>Checks the body <c>sign</c>: MD5(client_id + msg as received + client_secret).</summary>
    /// <param name="push">The push.</param>
    /// <returns><see langword="true"/> when it verifies under one of the secrets.</returns>
    public bool IsValidBodySign(YouzanPush push)
    {
        ArgumentNullException.ThrowIfNull(push);
        return push.RawMessage is not null && MatchesAnySecret(push.RawMessage, push.Sign);
    }

    /// <summary>Checks an <c>Event-Sign</c> header: MD5(client_id + raw body + client_secret).</summary>
    /// <param name="body">The body exactly as received.</param>
    /// <param name="eventSign">The header value.</param>
    /// <returns><see langword="true"/> when it verifies under one of the secrets.</returns>
    public bool IsValidEventSign(ReadOnlySpan<byte> body, string? eventSign)
        => MatchesAnySecret(body, eventSign?.Trim());

    // Every secret is tried (no early exit), so timing does not tell which secret matched.
    private bool MatchesAnySecret(ReadOnlySpan<byte> content, string? signature)
    {
        var match = false;
        foreach (var secret in secrets)
        {
            match |= YouzanSignature.Verify(clientIdBytes, content, secret, signature);
        }

        return match;
    }

    // msg as received, encoded to UTF-8 once for all secrets.
    private bool MatchesAnySecret(string content, string? signature)
    {
        var maxBytes = Encoding.UTF8.GetMaxByteCount(content.Length);
        byte[]? rented = null;
        Span<byte> buffer = maxBytes <= 512 ? stackalloc byte[512] : (rented = ArrayPool<byte>.Shared.Rent(maxBytes));
        try
        {
            var length = Encoding.UTF8.GetBytes(content, buffer);
            return MatchesAnySecret(buffer[..length], signature);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private MemberCardsSignatureException Failure(string what, string? signature, YouzanPush? push)
    {
        var reason = IsHex32(signature?.Trim()) ? SignatureFailureReason.Mismatch : SignatureFailureReason.Malformed;
        MemberCardsTelemetry.VerificationFailures.Add(1, new KeyValuePair<string, object?>("service", YouzanConstants.ServiceName), new KeyValuePair<string, object?>("reason", reason.ToString()));
        if (reason == SignatureFailureReason.Malformed)
        {
            return new MemberCardsSignatureException(YouzanConstants.ServiceName, reason, $"The Youzan push does not verify: {what} is not 32 hexadecimal digits ({Describe(push)}).");
        }

        var hint = push?.ClientId is { } pushed && !string.Equals(pushed, clientId, StringComparison.Ordinal)
            ? $" The push is addressed to client_id {pushed}, not the configured {clientId}: check YouzanOptions.ClientId."
            : " Check YouzanOptions.ClientSecret (and AdditionalClientSecrets during a rotation).";
        return new MemberCardsSignatureException(YouzanConstants.ServiceName, reason, $"The Youzan push does not verify: {what} does not match ({Describe(push)}).{hint}");
    }

    private static bool IsHex32(string? signature)
    {
        if (signature is not { Length: 32 })
        {
            return false;
        }

        foreach (var c in signature)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string Describe(YouzanPush? push)
        => push is null ? "unreadable body" : $"type {push.Type ?? "(none)"}, id {push.Id ?? "(none)"}, msg_id {push.MessageId ?? "(none)"}";
}
