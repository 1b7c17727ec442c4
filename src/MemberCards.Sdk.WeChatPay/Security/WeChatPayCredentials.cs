using System.Security.Cryptography;
using MemberCards.Sdk.Security;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// What one merchant signs with, as one immutable snapshot: the merchant id, the API certificate serial and its
/// private key. A key rotation replaces the whole snapshot at once, so no request is ever signed with a new serial
/// and an old key (the signing handler reads the snapshot once per request).
/// </summary>
internal sealed class WeChatPayCredentials
{
    private WeChatPayCredentials(string merchantId, string serialNumber, RSA privateKey)
    {
        MerchantId = merchantId;
        CertificateSerialNumber = serialNumber;
        PrivateKey = privateKey;
        DecryptionKey = new SensitiveFieldKey(privateKey, serialNumber, lenient: false);
        LenientDecryptionKey = new SensitiveFieldKey(privateKey, serialNumber, lenient: true);
    }

    public string MerchantId { get; }

    public string CertificateSerialNumber { get; }

    public RSA PrivateKey { get; }

    /// <summary>The key received sensitive values are tied to (answers).</summary>
    public SensitiveFieldKey DecryptionKey { get; }

    /// <summary>The key received sensitive values are tied to (notification resources).</summary>
    public SensitiveFieldKey LenientDecryptionKey { get; }

    /// <summary>Parses the merchant key of validated options.</summary>
    public static WeChatPayCredentials From(WeChatPayOptions options)
        => new(
            options.MerchantId!,
            options.CertificateSerialNumber!,
            PemKeys.LoadRsaPrivateKey(!string.IsNullOrWhiteSpace(options.PrivateKey) ? options.PrivateKey : File.ReadAllText(options.PrivateKeyPath!)));

    /// <summary>Whether <paramref name="after"/> names other signing credentials than <paramref name="before"/>.</summary>
    public static bool Differ(WeChatPayOptions before, WeChatPayOptions after)
        => !string.Equals(before.MerchantId, after.MerchantId, StringComparison.Ordinal)
        || !string.Equals(before.CertificateSerialNumber, after.CertificateSerialNumber, StringComparison.Ordinal)
        || !string.Equals(before.PrivateKey, after.PrivateKey, StringComparison.Ordinal)
        || !string.Equals(before.PrivateKeyPath, after.PrivateKeyPath, StringComparison.Ordinal);
}
