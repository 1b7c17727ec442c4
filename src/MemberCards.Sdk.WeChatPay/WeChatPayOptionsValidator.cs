using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// Validates <see cref="WeChatPayOptions"/> at start; every message names its setting as <c>MemberCards:WeChatPay(name):Key</c>.
/// The keys are parsed to prove they are keys; the text that parsed is remembered per name, so validating the same
/// text again (the options monitor validates every name a configuration reload re-binds) parses nothing (issue 23).
/// </summary>
internal sealed class WeChatPayOptionsValidator : IValidateOptions<WeChatPayOptions>
{
    // Per registration name, the private and public key text that last parsed (the same string instances the current
    // options hold, so they cost no memory of their own).
    private readonly ConcurrentDictionary<string, string> parsedPrivateKeys = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> parsedPublicKeys = new(StringComparer.Ordinal);

    /// <summary>The private keys this validator parsed, waiting for the merchants built from the options it passed.</summary>
    public WeChatPayParsedPrivateKeys ParsedKeys { get; } = new();

    private const string LiteralNewlineHint = " It contains a literal \\n instead of line breaks (the usual environment-variable mistake): put real line breaks in the value, or use PrivateKeyPath.";

    /// <summary>
    /// A brand registration names its brand and the WeChat Pay public key it signs and verifies with: brands are in
    /// public key mode only (no platform certificates), and every request carries the public key id.
    /// </summary>
    private static void ValidateBrand(WeChatPayOptions options, MemberCardsOptionsFailures failures)
    {
        if (string.IsNullOrWhiteSpace(options.BrandId) || options.BrandId.Length > 32)
        {
            failures.Add("BrandId", "is required for a brand registration (Family = Brand): the brand_id its Authorization names, at most 32 characters.");
        }

        if (string.IsNullOrWhiteSpace(options.PublicKeyId))
        {
            failures.Add("PublicKeyId", "is required for a brand registration (Family = Brand): it is sent as Wechatpay-Serial on every request, and answers and notifications are verified with that WeChat Pay public key only (set PublicKey with it).");
        }
    }

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, WeChatPayOptions options) => MemberCardsOptionsFailures.Collect(WeChatPayConstants.ServiceName, name, options, Check);

    private void Check(WeChatPayOptions options, MemberCardsOptionsFailures failures)
    {
        var registration = failures.Name;
        if (IsEmpty(options))
        {
            failures.AddSectionMissing(
                "the merchant account that signs the requests, and the key that verifies the answers",
                "AddWeChatPay",
                failures.Setting("MerchantId"),
                failures.Setting("CertificateSerialNumber"),
                failures.Setting("PrivateKey") + " (or PrivateKeyPath)",
                failures.Setting("PublicKeyId") + " with PublicKey (or ApiV3Key)");
            return;
        }

        var brand = options.Family == WeChatPayFamily.Brand;
        if (!Enum.IsDefined(options.Family))
        {
            failures.Add("Family", "must be Partner or Brand.");
        }
        else if (brand)
        {
            ValidateBrand(options, failures);
        }
        else if (string.IsNullOrWhiteSpace(options.MerchantId) || !options.MerchantId.All(char.IsAsciiDigit))
        {
            failures.Add("MerchantId", "is required and must be the digits of the mchid.");
        }

        if (string.IsNullOrWhiteSpace(options.CertificateSerialNumber) || !options.CertificateSerialNumber.All(char.IsAsciiHexDigit))
        {
            failures.Add("CertificateSerialNumber", "is required and must be the hex serial number of the merchant API certificate.");
        }

        ValidatePrivateKey(options, failures);

        if (options.HasApiV3Key && Encoding.UTF8.GetByteCount(options.ApiV3Key!) is var bytes && bytes != 32)
        {
            failures.Add("ApiV3Key", $"must be exactly 32 bytes in UTF-8 (the APIv3 key set in the merchant portal is 32 ASCII characters); it is {bytes} bytes.");
        }

        var hasId = !string.IsNullOrWhiteSpace(options.PublicKeyId);
        var hasKey = !string.IsNullOrWhiteSpace(options.PublicKey);
        if (hasId != hasKey)
        {
            failures.Add(hasId ? "PublicKey" : "PublicKeyId", "must be set together with " + (hasId ? "PublicKeyId." : "PublicKey."));
        }
        else if (hasId && !options.PublicKeyId!.StartsWith("PUB_KEY_ID_", StringComparison.Ordinal))
        {
            failures.Add("PublicKeyId", "must start with 'PUB_KEY_ID_'.");
        }
        else if (hasKey && !CanLoadPublicKey(registration, options.PublicKey!))
        {
            failures.Add("PublicKey", "is not a PEM RSA public key ('BEGIN PUBLIC KEY')." + (HasLiteralNewlines(options.PublicKey!) ? LiteralNewlineHint : string.Empty));
        }

        if (!brand && !options.HasPublicKey && !options.HasApiV3Key)
        {
            failures.Add("PublicKey", "or ApiV3Key is required: set PublicKeyId + PublicKey (WeChat Pay public key mode), or ApiV3Key (platform certificate mode), or both.");
        }

        if (!IsHttpAddress(options.BaseAddress))
        {
            failures.Add("BaseAddress", "must be an absolute http(s) address.");
        }

        if (options.BackupBaseAddress is not null && !IsHttpAddress(options.BackupBaseAddress))
        {
            failures.Add("BackupBaseAddress", "must be an absolute http(s) address.");
        }

        if (options.Timeout <= TimeSpan.Zero && options.Timeout != System.Threading.Timeout.InfiniteTimeSpan)
        {
            failures.Add("Timeout", "must be positive.");
        }

        if (options.AttemptTimeout < TimeSpan.FromMilliseconds(10) || options.AttemptTimeout > TimeSpan.FromHours(1)
            || (options.Timeout > TimeSpan.Zero && options.AttemptTimeout > options.Timeout))
        {
            failures.Add("AttemptTimeout", "must be between 10 ms and 1 hour, and not longer than Timeout.");
        }

        if (options.MaxRetries is < 0 or > 5)
        {
            failures.Add("MaxRetries", "must be between 0 and 5.");
        }

        if (options.RetryDelay < TimeSpan.Zero || options.RetryDelay > TimeSpan.FromMinutes(1))
        {
            failures.Add("RetryDelay", "must be between 0 and 1 minute.");
        }

        if (options.CertificateRefreshInterval < TimeSpan.FromMinutes(1) || options.CertificateRefreshInterval > TimeSpan.FromHours(12))
        {
            failures.Add("CertificateRefreshInterval", "must be between 1 minute and 12 hours.");
        }

        if (options.DeduplicationWindow <= TimeSpan.Zero)
        {
            failures.Add("DeduplicationWindow", "must be positive.");
        }
        else if (options.DeduplicationWindow < 2 * WeChatPayConstants.SignatureWindow)
        {
            failures.Add("DeduplicationWindow", $"({options.DeduplicationWindow}) must be at least twice the notification timestamp window WeChatPayConstants.SignatureWindow ({WeChatPayConstants.SignatureWindow}): a signed notification stays acceptable for twice that window, and a replay is refused only while the first delivery is remembered.");
        }

        if (options.MaxMessageBytes < 1024)
        {
            failures.Add("MaxMessageBytes", "must be at least 1024.");
        }

        if (options.ProcessingTimeout <= TimeSpan.Zero)
        {
            failures.Add("ProcessingTimeout", "must be positive.");
        }
    }

    private void ValidatePrivateKey(WeChatPayOptions options, MemberCardsOptionsFailures failures)
    {
        var registration = failures.Name;
        var hasPem = !string.IsNullOrWhiteSpace(options.PrivateKey);
        var hasPath = !string.IsNullOrWhiteSpace(options.PrivateKeyPath);
        if (hasPem == hasPath)
        {
            failures.Add("PrivateKey", "or PrivateKeyPath is required, exactly one of them: PrivateKey (PEM text) or PrivateKeyPath (PEM file).");
            return;
        }

        if (hasPath && !File.Exists(options.PrivateKeyPath))
        {
            failures.Add("PrivateKeyPath", $"{Redaction.FilePath(options.PrivateKeyPath)} does not exist.");
            return;
        }

        try
        {
            var pem = hasPem ? options.PrivateKey! : File.ReadAllText(options.PrivateKeyPath!);
            if (!Parsed(parsedPrivateKeys, registration, pem))
            {
                ParsedKeys.Parse(registration, pem);
                parsedPrivateKeys[registration] = pem;
            }
        }
        catch (Exception ex) when (ex is MemberCardsFormatException or IOException or UnauthorizedAccessException)
        {
            parsedPrivateKeys.TryRemove(registration, out _);
            failures.Add(hasPem ? "PrivateKey" : "PrivateKeyPath", "does not hold a PEM RSA private key (apiclient_key.pem, 'BEGIN PRIVATE KEY')."
                + (hasPem && HasLiteralNewlines(options.PrivateKey!) ? LiteralNewlineHint : string.Empty));
        }
    }

    /// <summary>
    /// Whether <paramref name="pem"/> is the text that last parsed for <paramref name="registration"/>; if so, the newer
    /// instance of the text is kept, so the one a reload replaced can be collected.
    /// </summary>
    private static bool Parsed(ConcurrentDictionary<string, string> parsed, string registration, string pem)
    {
        if (!parsed.TryGetValue(registration, out var last) || !string.Equals(last, pem, StringComparison.Ordinal))
        {
            return false;
        }

        if (!ReferenceEquals(last, pem))
        {
            parsed.TryUpdate(registration, pem, last);
        }

        return true;
    }

    private static bool IsEmpty(WeChatPayOptions options)
        => string.IsNullOrWhiteSpace(options.MerchantId) && string.IsNullOrWhiteSpace(options.CertificateSerialNumber)
            && string.IsNullOrWhiteSpace(options.PrivateKey) && string.IsNullOrWhiteSpace(options.PrivateKeyPath)
            && string.IsNullOrWhiteSpace(options.PublicKeyId) && string.IsNullOrWhiteSpace(options.PublicKey) && !options.HasApiV3Key;

    private static bool HasLiteralNewlines(string pem) => pem.Contains("\\n", StringComparison.Ordinal);

    private bool CanLoadPublicKey(string registration, string pem)
    {
        if (Parsed(parsedPublicKeys, registration, pem))
        {
            return true;
        }

        try
        {
            using var key = PemKeys.LoadRsaPublicKey(pem);
            parsedPublicKeys[registration] = pem;
            return true;
        }
        catch (MemberCardsFormatException)
        {
            parsedPublicKeys.TryRemove(registration, out _);
            return false;
        }
    }

    private static bool IsHttpAddress(Uri? address)
        => address is not null && address.IsAbsoluteUri && (address.Scheme == Uri.UriSchemeHttps || address.Scheme == Uri.UriSchemeHttp);
}
