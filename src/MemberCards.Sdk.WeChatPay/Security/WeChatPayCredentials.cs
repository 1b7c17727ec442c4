namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// What one merchant signs with, as one immutable snapshot: the merchant id, the API certificate serial and its
/// private key. A key rotation replaces the whole snapshot at once, so no request is ever signed with a new serial
/// and an old key (the signing handler reads the snapshot once per request).
/// </summary>
internal sealed class WeChatPayCredentials
{
    private WeChatPayCredentials(string merchantId, string? brandId, string serialNumber, RSA privateKey)
    {
        BrandId = brandId;
        MerchantId = merchantId;
        CertificateSerialNumber = serialNumber;
        PrivateKey = privateKey;
        DecryptionKey = new SensitiveFieldKey(privateKey, serialNumber, lenient: false);
        LenientDecryptionKey = new SensitiveFieldKey(privateKey, serialNumber, lenient: true);
    }

    public string MerchantId { get; }

    /// <summary>The brand a brand registration signs as, or <see langword="null"/> for a partner registration.</summary>
    public string? BrandId { get; }

    public string CertificateSerialNumber { get; }

    public RSA PrivateKey { get; }

    /// <summary>The key received sensitive values are tied to (answers).</summary>
    public SensitiveFieldKey DecryptionKey { get; }

    /// <summary>The key received sensitive values are tied to (notification resources).</summary>
    public SensitiveFieldKey LenientDecryptionKey { get; }

    /// <summary>The <c>Authorization</c> value of a request these credentials signed: the brand scheme for a brand, the APIv3 one otherwise.</summary>
    public string Authorization(string nonce, long timestamp, string signature)
        => BrandId is { } brand
            ? RequestSignature.FormatBrandAuthorization(brand, nonce, timestamp, CertificateSerialNumber, signature)
            : RequestSignature.FormatAuthorization(MerchantId, nonce, timestamp, CertificateSerialNumber, signature);

    /// <summary>
    /// The credentials of validated options: the merchant key the validator parsed for <paramref name="registration"/>
    /// when <paramref name="parsedKeys"/> holds it, otherwise parsed here.
    /// </summary>
    public static WeChatPayCredentials From(WeChatPayOptions options, string registration = "", WeChatPayParsedPrivateKeys? parsedKeys = null)
    {
        var pem = !string.IsNullOrWhiteSpace(options.PrivateKey) ? options.PrivateKey : File.ReadAllText(options.PrivateKeyPath!);
        return new(
            options.MerchantId ?? string.Empty,
            options.Family == WeChatPayFamily.Brand ? options.BrandId : null,
            options.CertificateSerialNumber!,
            parsedKeys is null ? PemKeys.LoadRsaPrivateKey(pem) : parsedKeys.Take(registration, pem));
    }

    /// <summary>Whether <paramref name="after"/> names other signing credentials than <paramref name="before"/>.</summary>
    public static bool Differ(WeChatPayOptions before, WeChatPayOptions after)
        => !string.Equals(before.MerchantId, after.MerchantId, StringComparison.Ordinal)
        || before.Family != after.Family
        || !string.Equals(before.BrandId, after.BrandId, StringComparison.Ordinal)
        || !string.Equals(before.CertificateSerialNumber, after.CertificateSerialNumber, StringComparison.Ordinal)
        || !string.Equals(before.PrivateKey, after.PrivateKey, StringComparison.Ordinal)
        || !string.Equals(before.PrivateKeyPath, after.PrivateKeyPath, StringComparison.Ordinal);
}
