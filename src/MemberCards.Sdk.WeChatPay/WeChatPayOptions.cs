namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// The settings of one WeChat Pay merchant (service provider). Bound from the <c>MemberCards:WeChatPay</c>
/// configuration section (or a named section for hosts serving several merchants).
/// </summary>
public sealed class WeChatPayOptions
{
    /// <summary>The production API host.</summary>
    public static readonly Uri DefaultBaseAddress = new("https://api.mch.weixin.qq.com/");

    /// <summary>The documented backup API host.</summary>
    public static readonly Uri DefaultBackupBaseAddress = new("https://api2.mch.weixin.qq.com/");

    /// <summary>
    /// Config key <c>Family</c>: <see cref="WeChatPayFamily.Partner"/> (default, a service provider) or
    /// <see cref="WeChatPayFamily.Brand"/> (a brand calling for itself: set <see cref="BrandId"/>, <see cref="PublicKeyId"/>
    /// and <see cref="PublicKey"/>; <see cref="MerchantId"/> is not used).
    /// </summary>
    public WeChatPayFamily Family { get; set; }

    /// <summary>
    /// Config key <c>BrandId</c>: the <c>brand_id</c> a brand registration (<see cref="Family"/> = <see cref="WeChatPayFamily.Brand"/>)
    /// signs as; required for it, unused by a partner registration (which names the brand in each request).
    /// </summary>
    public string? BrandId { get; set; }

    /// <summary>Config key <c>MerchantId</c>: the merchant id (<c>mchid</c>), digits only.</summary>
    public string? MerchantId { get; set; }

    /// <summary>Config key <c>CertificateSerialNumber</c>: the serial number (hex) of the merchant API certificate.</summary>
    public string? CertificateSerialNumber { get; set; }

    /// <summary>Config key <c>PrivateKey</c>: the merchant API private key as PEM (content of <c>apiclient_key.pem</c>). Exclusive with <see cref="PrivateKeyPath"/>.</summary>
    public string? PrivateKey { get; set; }

    /// <summary>Config key <c>PrivateKeyPath</c>: path of the merchant API private key PEM file. Exclusive with <see cref="PrivateKey"/>.</summary>
    public string? PrivateKeyPath { get; set; }

    /// <summary>
    /// Config key <c>ApiV3Key</c>: the APIv3 key: exactly 32 bytes in UTF-8 (the 32 ASCII characters set in the merchant portal). Required to download platform certificates and to
    /// decrypt notifications.
    /// </summary>
    public string? ApiV3Key { get; set; }

    /// <summary>Config key <c>PublicKeyId</c>: the WeChat Pay public key id (<c>PUB_KEY_ID_...</c>), with <see cref="PublicKey"/>.</summary>
    public string? PublicKeyId { get; set; }

    /// <summary>Config key <c>PublicKey</c>: the WeChat Pay public key as PEM (<c>BEGIN PUBLIC KEY</c>), with <see cref="PublicKeyId"/>.</summary>
    public string? PublicKey { get; set; }

    /// <summary>Config key <c>BaseAddress</c>: the API host; <c>https://api.mch.weixin.qq.com/</c> by default.</summary>
    public Uri BaseAddress { get; set; } = DefaultBaseAddress;

    /// <summary>
    /// Config key <c>BackupBaseAddress</c>: the host GET requests fail over to after a network error, or
    /// <see langword="null"/> (default) for no fail-over. <see cref="DefaultBackupBaseAddress"/> is the documented one.
    /// </summary>
    public Uri? BackupBaseAddress { get; set; }

    /// <summary>Config key <c>Timeout</c>: the timeout of one call, retries included; 30 seconds by default.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Config key <c>AttemptTimeout</c>: the timeout of one attempt (a GET that times out is retried, a write is
    /// reported as outcome-unknown); 10 seconds by default, at most <see cref="Timeout"/>.
    /// </summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Config key <c>MaxRetries</c>: how many times a GET is retried on 5xx, 429 or a network error (0 to 5); 2 by default. POST, PATCH and DELETE are never retried.</summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>Config key <c>RetryDelay</c>: the first back-off delay, doubled on every retry; 200 ms by default.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Config key <c>CertificateRefreshInterval</c>: how often platform certificates are re-downloaded in the background (1 minute to 12 hours); 1 hour by default.</summary>
    public TimeSpan CertificateRefreshInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Config key <c>DeduplicationWindow</c>: how long a handled notification id is remembered, so a redelivery is
    /// acknowledged without running the handlers again; 2 days by default (WeChat Pay redelivers for about a day).
    /// </summary>
    public TimeSpan DeduplicationWindow { get; set; } = TimeSpan.FromDays(2);

    /// <summary>Config key <c>MaxMessageBytes</c>: the largest notification body accepted (413 beyond); 64 KiB by default (a notification is about 1 KiB).</summary>
    public int MaxMessageBytes { get; set; } = 64 * 1024;

    /// <summary>
    /// Config key <c>ProcessingTimeout</c>: how long one delivery holds its claim on a notification id while the
    /// handlers run (a redelivery meanwhile is answered "retry later"); 2 minutes by default.
    /// </summary>
    public TimeSpan ProcessingTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Config key <c>UserAgent</c>: the product token sent before the SDK's own <c>User-Agent</c>, or <see langword="null"/>.</summary>
    public string? UserAgent { get; set; }

    /// <summary>Whether the WeChat Pay public key mode is configured.</summary>
    internal bool HasPublicKey => !string.IsNullOrWhiteSpace(PublicKeyId) && !string.IsNullOrWhiteSpace(PublicKey);

    /// <summary>Whether platform certificates can be downloaded (an APIv3 key is set).</summary>
    internal bool HasApiV3Key => !string.IsNullOrEmpty(ApiV3Key);

    /// <inheritdoc />
    public override string ToString()
        => $"WeChatPayOptions {{ Family = {Family}, BrandId = {BrandId}, MerchantId = {MerchantId}, CertificateSerialNumber = {CertificateSerialNumber}, PrivateKey = {Redaction.Secret(PrivateKey)}, PrivateKeyPath = {Redaction.FilePath(PrivateKeyPath)}, ApiV3Key = {Redaction.Secret(ApiV3Key)}, PublicKeyId = {PublicKeyId}, PublicKey = {(string.IsNullOrEmpty(PublicKey) ? "(empty)" : "(set)")}, BaseAddress = {BaseAddress}, BackupBaseAddress = {BackupBaseAddress}, Timeout = {Timeout}, AttemptTimeout = {AttemptTimeout}, MaxRetries = {MaxRetries} }}";
}
