namespace MemberCards.Sdk.WeChatPay;

/// <summary>Verifies WeChat Pay signatures on answers and notifications with the merchant's key store.</summary>
internal sealed class WeChatPaySignatureVerifier(WeChatPayKeyStore keys, TimeProvider time)
{
    public async ValueTask VerifyAsync(string? timestamp, string? nonce, string? signature, string? serial, string? signatureType, ReadOnlyMemory<byte> body, string what, CancellationToken cancellationToken)
    {
        var failure = signatureType is not null && !string.Equals(signatureType, RequestSignature.Scheme, StringComparison.Ordinal)
            ? $"the Wechatpay-Signature-Type '{signatureType}' is not supported (expected {RequestSignature.Scheme})."
            : ResponseSignature.CheckHeaders(timestamp, nonce, signature, time.GetUtcNow());
        if (failure is null)
        {
            var key = await keys.FindVerificationKeyAsync(serial, cancellationToken).ConfigureAwait(false);
            failure = key is null
                ? $"the Wechatpay-Serial '{serial}' is neither the configured public key id nor a downloaded platform certificate."
                : ResponseSignature.Check(key, timestamp, nonce, signature, body.Span, time.GetUtcNow());
        }

        if (failure is not null)
        {
            MemberCardsTelemetry.VerificationFailures.Add(1, new KeyValuePair<string, object?>("service", "WeChatPay"), new KeyValuePair<string, object?>("reason", Reason(failure)));
            throw new MemberCardsSignatureException("WeChatPay", $"WeChat Pay signature check failed for {what}: {failure}");
        }
    }

    private static string Reason(string failure)
        => failure.Contains("probe", StringComparison.Ordinal) ? "probe"
        : failure.Contains("5 minutes", StringComparison.Ordinal) ? "stale"
        : failure.Contains("missing", StringComparison.Ordinal) ? "unsigned"
        : failure.Contains("Wechatpay-Serial", StringComparison.Ordinal) ? "unknown-serial"
        : "mismatch";
}
