namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// Verifies WeChat Pay signatures on answers and notifications with the merchant's key store. Every failure is a
/// <see cref="MemberCardsSignatureException"/> with its <see cref="SignatureFailureReason"/>, counted under the same
/// reason tag. Headers, the serial's form and (for notifications) the body's form are checked before the key store
/// is asked, so malformed input never causes a certificate download.
/// </summary>
internal sealed class WeChatPaySignatureVerifier(WeChatPayKeyStore keys, TimeProvider time)
{
    /// <summary>The longest serial or key id accepted (certificate serials are 40 hex digits, key ids about 50 characters).</summary>
    private const int MaxSerialLength = 128;

    public async ValueTask VerifyAsync(string? timestamp, string? nonce, string? signature, string? serial, string? signatureType, ReadOnlyMemory<byte> body, string what, CancellationToken cancellationToken)
    {
        var failure = await EvaluateAsync(timestamp, nonce, signature, serial, signatureType, body, unauthenticated: false, requestedSerial: null, cancellationToken).ConfigureAwait(false);
        if (failure.Failed)
        {
            throw Failed(failure, what);
        }
    }

    /// <summary>
    /// Verifies a notification (unauthenticated input): headers and serial checked first, then the body must be a
    /// notification envelope (<see cref="MemberCardsFormatException"/> otherwise), and only then is the key store asked,
    /// under the per-merchant bound on downloads caused by unknown serials.
    /// </summary>
    public async ValueTask VerifyNotificationAsync(string? timestamp, string? nonce, string? signature, string? serial, string? signatureType, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var failure = Precheck(timestamp, nonce, signature, serial, signatureType);
        if (failure.Failed)
        {
            throw Failed(failure, "a notification");
        }

        EnsureEnvelope(body.Span);
        failure = await EvaluateAsync(timestamp, nonce, signature, serial, signatureType, body, unauthenticated: true, requestedSerial: null, cancellationToken).ConfigureAwait(false);
        if (failure.Failed)
        {
            throw Failed(failure, "a notification");
        }
    }

    /// <summary>
    /// Checks a signed answer to our own request, with the machine-readable reason. <paramref name="requestedSerial"/>
    /// is the <c>Wechatpay-Serial</c> the request carried: an answer naming the same previous public key still verifies
    /// with it for <see cref="WeChatPayKeyStore.PreviousPublicKeyGrace"/> after a reload.
    /// </summary>
    public ValueTask<SignatureCheck> EvaluateAsync(string? timestamp, string? nonce, string? signature, string? serial, string? signatureType, ReadOnlyMemory<byte> body, string? requestedSerial, CancellationToken cancellationToken)
        => EvaluateAsync(timestamp, nonce, signature, serial, signatureType, body, unauthenticated: false, requestedSerial, cancellationToken);

    /// <summary>Counts a failed check and builds the exception naming <paramref name="what"/> was checked.</summary>
    public static MemberCardsSignatureException Failed(SignatureCheck failure, string what)
    {
        MemberCardsTelemetry.VerificationFailures.Add(1, new KeyValuePair<string, object?>("service", WeChatPayConstants.ServiceName), new KeyValuePair<string, object?>("reason", ReasonTag(failure.Reason)));
        return new MemberCardsSignatureException(WeChatPayConstants.ServiceName, failure.Reason, $"WeChat Pay signature check failed for {what}: {failure.Message}");
    }

    /// <summary>The telemetry tag of a reason (stable, lower-case).</summary>
    public static string ReasonTag(SignatureFailureReason reason) => reason switch
    {
        SignatureFailureReason.Mismatch => "mismatch",
        SignatureFailureReason.MissingHeaders => "missing-headers",
        SignatureFailureReason.StaleTimestamp => "stale-timestamp",
        SignatureFailureReason.UnknownSerial => "unknown-serial",
        SignatureFailureReason.Probe => "probe",
        SignatureFailureReason.Malformed => "malformed",
        _ => "unspecified",
    };

    private async ValueTask<SignatureCheck> EvaluateAsync(string? timestamp, string? nonce, string? signature, string? serial, string? signatureType, ReadOnlyMemory<byte> body, bool unauthenticated, string? requestedSerial, CancellationToken cancellationToken)
    {
        var failure = Precheck(timestamp, nonce, signature, serial, signatureType);
        if (failure.Failed)
        {
            return failure;
        }

        var key = unauthenticated
            ? await keys.FindVerificationKeyAsync(serial, unauthenticated: true, cancellationToken).ConfigureAwait(false)
            : await keys.FindVerificationKeyAsync(serial, requestedSerial, cancellationToken).ConfigureAwait(false);
        return key is null
            ? new SignatureCheck(SignatureFailureReason.UnknownSerial, $"the Wechatpay-Serial '{serial}' is neither the configured public key id nor a downloaded platform certificate.")
            : ResponseSignature.Evaluate(key, timestamp, nonce, signature, body.Span, time.GetUtcNow());
    }

    /// <summary>What can be checked without a key: signature type, headers, timestamp window, the serial's form.</summary>
    private SignatureCheck Precheck(string? timestamp, string? nonce, string? signature, string? serial, string? signatureType)
    {
        var scheme = keys.Family == WeChatPayFamily.Brand ? RequestSignature.BrandScheme : RequestSignature.Scheme;
        if (signatureType is not null && !string.Equals(signatureType, scheme, StringComparison.Ordinal))
        {
            return new SignatureCheck(SignatureFailureReason.Malformed, $"the Wechatpay-Signature-Type '{signatureType}' is not supported (expected {scheme}).");
        }

        var failure = ResponseSignature.EvaluateHeaders(timestamp, nonce, signature, time.GetUtcNow());
        if (failure.Failed)
        {
            return failure;
        }

        if (string.IsNullOrEmpty(serial))
        {
            return new SignatureCheck(SignatureFailureReason.MissingHeaders, "the Wechatpay-Serial header is missing.");
        }

        return IsSerialForm(serial)
            ? SignatureCheck.Ok
            : new SignatureCheck(SignatureFailureReason.Malformed, "the Wechatpay-Serial header is neither a certificate serial (hex) nor a public key id (PUB_KEY_ID_...).");
    }

    /// <summary>Hex digits (a certificate serial) or <c>PUB_KEY_ID_</c> followed by letters, digits and underscores.</summary>
    private static bool IsSerialForm(string serial)
    {
        if (serial.Length > MaxSerialLength)
        {
            return false;
        }

        if (serial.StartsWith("PUB_KEY_ID_", StringComparison.Ordinal))
        {
            foreach (var c in serial)
            {
                if (!char.IsAsciiLetterOrDigit(c) && c != '_')
                {
                    return false;
                }
            }

            return true;
        }

        foreach (var c in serial)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The body must be a notification envelope (id, event_type, resource.nonce, resource.ciphertext) before any key is looked up.</summary>
    private static void EnsureEnvelope(ReadOnlySpan<byte> body)
    {
        var envelope = MemberCardsJson.Deserialize(body, WeChatPayJson.For<WeChatPayNotificationEnvelope>(), WeChatPayConstants.ServiceName);
        var resource = envelope.Resource;
        if (string.IsNullOrEmpty(envelope.Id) || string.IsNullOrEmpty(envelope.EventType) || string.IsNullOrEmpty(resource?.Nonce) || string.IsNullOrEmpty(resource.Ciphertext))
        {
            throw new MemberCardsFormatException(WeChatPayConstants.ServiceName, "notification", "$", "id, event_type, resource.nonce or resource.ciphertext is missing.");
        }
    }
}
