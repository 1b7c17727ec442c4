using System.Globalization;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// The signature WeChat Pay puts on responses and notifications: SHA256withRSA over
/// <c>TIMESTAMP\nNONCE\nBODY\n</c> with the raw body, checked within a 5-minute window.
/// </summary>
public static class ResponseSignature
{
    /// <summary>The prefix of WeChat Pay's probe signatures, which must fail verification.</summary>
    public const string ProbePrefix = "WECHATPAY/SIGNTEST/";

    /// <summary>Builds the exact bytes that were signed.</summary>
    /// <param name="timestamp">The <c>Wechatpay-Timestamp</c> header as received.</param>
    /// <param name="nonce">The <c>Wechatpay-Nonce</c> header as received.</param>
    /// <param name="body">The raw body.</param>
    /// <returns>The message.</returns>
    public static byte[] BuildMessage(string timestamp, string nonce, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(timestamp);
        ArgumentNullException.ThrowIfNull(nonce);
        var head = SigningMessageLine.Length(timestamp) + SigningMessageLine.Length(nonce);
        var message = new byte[head + body.Length + 1];
        var at = SigningMessageLine.Write(timestamp, message);
        at += SigningMessageLine.Write(nonce, message.AsSpan(at));
        body.CopyTo(message.AsSpan(at));
        message[^1] = (byte)'\n';
        return message;
    }

    /// <summary>
    /// Verifies a signed message: the timestamp must be within <see cref="WeChatPayConstants.SignatureWindow"/> of <paramref name="now"/>
    /// and the signature valid for the key.
    /// </summary>
    /// <param name="publicKey">The key chosen by <c>Wechatpay-Serial</c>.</param>
    /// <param name="timestamp">The <c>Wechatpay-Timestamp</c> header.</param>
    /// <param name="nonce">The <c>Wechatpay-Nonce</c> header.</param>
    /// <param name="signature">The <c>Wechatpay-Signature</c> header.</param>
    /// <param name="body">The raw body.</param>
    /// <param name="now">The current time (from the injected <see cref="TimeProvider"/>).</param>
    /// <returns><see langword="null"/> when valid, otherwise why not.</returns>
    public static string? Check(RSA publicKey, string? timestamp, string? nonce, string? signature, ReadOnlySpan<byte> body, DateTimeOffset now)
        => Evaluate(publicKey, timestamp, nonce, signature, body, now).Message;

    /// <summary>Checks the headers before the key is looked up: present, not a probe, timestamp within the window.</summary>
    /// <param name="timestamp">The <c>Wechatpay-Timestamp</c> header.</param>
    /// <param name="nonce">The <c>Wechatpay-Nonce</c> header.</param>
    /// <param name="signature">The <c>Wechatpay-Signature</c> header.</param>
    /// <param name="now">The current time.</param>
    /// <returns><see langword="null"/> when acceptable, otherwise why not.</returns>
    public static string? CheckHeaders(string? timestamp, string? nonce, string? signature, DateTimeOffset now)
        => EvaluateHeaders(timestamp, nonce, signature, now).Message;

    /// <summary><see cref="Check"/> with the machine-readable reason.</summary>
    internal static SignatureCheck Evaluate(RSA publicKey, string? timestamp, string? nonce, string? signature, ReadOnlySpan<byte> body, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(publicKey);
        var failure = EvaluateHeaders(timestamp, nonce, signature, now);
        if (failure.Failed)
        {
            return failure;
        }

        if (!IsBase64(signature!))
        {
            return new SignatureCheck(SignatureFailureReason.Malformed, "the Wechatpay-Signature header is not Base64.");
        }

        var message = BuildMessage(timestamp!, nonce!, body);
        return RsaSha256.Verify(publicKey, message, signature)
            ? SignatureCheck.Ok
            : new SignatureCheck(SignatureFailureReason.Mismatch, "the signature does not verify (altered body or headers, or signed by another key).");
    }

    /// <summary><see cref="CheckHeaders"/> with the machine-readable reason.</summary>
    internal static SignatureCheck EvaluateHeaders(string? timestamp, string? nonce, string? signature, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(signature) || string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(nonce))
        {
            return new SignatureCheck(SignatureFailureReason.MissingHeaders, "the Wechatpay-Signature, Wechatpay-Timestamp or Wechatpay-Nonce header is missing (an unsigned answer is treated as forged).");
        }

        if (signature.StartsWith(ProbePrefix, StringComparison.Ordinal))
        {
            return new SignatureCheck(SignatureFailureReason.Probe, "the signature is a WeChat Pay probe (WECHATPAY/SIGNTEST/), which must fail verification.");
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return new SignatureCheck(SignatureFailureReason.Malformed, "the Wechatpay-Timestamp header is not Unix seconds.");
        }

        var skew = now.ToUnixTimeSeconds() - seconds;
        if (Math.Abs(skew) >= (long)WeChatPayConstants.SignatureWindow.TotalSeconds)
        {
            return new SignatureCheck(SignatureFailureReason.StaleTimestamp, $"the Wechatpay-Timestamp is {skew} s away from now (limit {WeChatPayConstants.SignatureWindow.TotalMinutes:0} minutes): a replay, or a wrong clock.");
        }

        return SignatureCheck.Ok;
    }

    private static bool IsBase64(string text)
    {
        Span<byte> scratch = stackalloc byte[512];
        return text.Length <= 684 && Convert.TryFromBase64String(text, scratch, out _);
    }
}
