namespace MemberCards.Sdk.WeChatPay;

/// <summary>An immutable snapshot of the platform certificates and when it was downloaded.</summary>
internal sealed class PlatformCertificateSet(IReadOnlyDictionary<string, PlatformCertificate> bySerial, DateTimeOffset downloadedAt)
{
    public static readonly PlatformCertificateSet Empty = new(new Dictionary<string, PlatformCertificate>(), DateTimeOffset.MinValue);

    public IReadOnlyDictionary<string, PlatformCertificate> BySerial { get; } = bySerial;

    public DateTimeOffset DownloadedAt { get; } = downloadedAt;

    /// <summary>Whether this is the set a key store starts with: nothing was downloaded or adopted yet.</summary>
    public bool NeverDownloaded => BySerial.Count == 0 && DownloadedAt == DateTimeOffset.MinValue;

    /// <summary>The certificate valid the longest (the one to encrypt with), or <see langword="null"/>.</summary>
    public PlatformCertificate? Newest(DateTimeOffset now)
    {
        PlatformCertificate? best = null;
        foreach (var certificate in BySerial.Values)
        {
            if (certificate.NotAfter > now && (best is null || certificate.NotAfter > best.NotAfter))
            {
                best = certificate;
            }
        }

        return best;
    }
}
