using System.Text;
using MemberCards.Sdk.Security;
using Microsoft.Extensions.Options;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>Validates <see cref="WeChatPayOptions"/> at start, naming the setting that is wrong.</summary>
public sealed class WeChatPayOptionsValidator : IValidateOptions<WeChatPayOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, WeChatPayOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var section = string.IsNullOrEmpty(name) ? "WeChatPay" : $"WeChatPay ('{name}')";
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.MerchantId) || !options.MerchantId.All(char.IsAsciiDigit))
        {
            failures.Add($"{section}: MerchantId is required and must be the digits of the mchid.");
        }

        if (string.IsNullOrWhiteSpace(options.CertificateSerialNumber) || !options.CertificateSerialNumber.All(char.IsAsciiHexDigit))
        {
            failures.Add($"{section}: CertificateSerialNumber is required and must be the hex serial number of the merchant API certificate.");
        }

        ValidatePrivateKey(options, section, failures);

        if (options.HasApiV3Key && Encoding.UTF8.GetByteCount(options.ApiV3Key!) != 32)
        {
            failures.Add($"{section}: ApiV3Key must be exactly 32 characters (the APIv3 key set in the merchant portal).");
        }

        var hasId = !string.IsNullOrWhiteSpace(options.PublicKeyId);
        var hasKey = !string.IsNullOrWhiteSpace(options.PublicKey);
        if (hasId != hasKey)
        {
            failures.Add($"{section}: PublicKeyId and PublicKey must be set together.");
        }
        else if (hasId && !options.PublicKeyId!.StartsWith("PUB_KEY_ID_", StringComparison.Ordinal))
        {
            failures.Add($"{section}: PublicKeyId must start with 'PUB_KEY_ID_'.");
        }
        else if (hasKey && !CanLoadPublicKey(options.PublicKey!))
        {
            failures.Add($"{section}: PublicKey is not a PEM RSA public key ('BEGIN PUBLIC KEY').");
        }

        if (!options.HasPublicKey && !options.HasApiV3Key)
        {
            failures.Add($"{section}: set PublicKeyId + PublicKey (WeChat Pay public key mode), or ApiV3Key (platform certificate mode), or both.");
        }

        if (!IsHttpAddress(options.BaseAddress))
        {
            failures.Add($"{section}: BaseAddress must be an absolute http(s) address.");
        }

        if (options.BackupBaseAddress is not null && !IsHttpAddress(options.BackupBaseAddress))
        {
            failures.Add($"{section}: BackupBaseAddress must be an absolute http(s) address.");
        }

        if (options.Timeout <= TimeSpan.Zero && options.Timeout != System.Threading.Timeout.InfiniteTimeSpan)
        {
            failures.Add($"{section}: Timeout must be positive.");
        }

        if (options.MaxRetries is < 0 or > 5)
        {
            failures.Add($"{section}: MaxRetries must be between 0 and 5.");
        }

        if (options.RetryDelay < TimeSpan.Zero)
        {
            failures.Add($"{section}: RetryDelay must not be negative.");
        }

        if (options.CertificateRefreshInterval < TimeSpan.FromMinutes(1) || options.CertificateRefreshInterval > TimeSpan.FromHours(12))
        {
            failures.Add($"{section}: CertificateRefreshInterval must be between 1 minute and 12 hours.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidatePrivateKey(WeChatPayOptions options, string section, List<string> failures)
    {
        var hasPem = !string.IsNullOrWhiteSpace(options.PrivateKey);
        var hasPath = !string.IsNullOrWhiteSpace(options.PrivateKeyPath);
        if (hasPem == hasPath)
        {
            failures.Add($"{section}: set exactly one of PrivateKey (PEM text) and PrivateKeyPath (PEM file).");
            return;
        }

        if (hasPath && !File.Exists(options.PrivateKeyPath))
        {
            failures.Add($"{section}: PrivateKeyPath '{options.PrivateKeyPath}' does not exist.");
            return;
        }

        try
        {
            using var key = PemKeys.LoadRsaPrivateKey(hasPem ? options.PrivateKey! : File.ReadAllText(options.PrivateKeyPath!));
        }
        catch (Exception ex) when (ex is MemberCardsFormatException or IOException or UnauthorizedAccessException)
        {
            failures.Add($"{section}: {(hasPem ? "PrivateKey" : "PrivateKeyPath")} does not hold a PEM RSA private key (apiclient_key.pem, 'BEGIN PRIVATE KEY').");
        }
    }

    private static bool CanLoadPublicKey(string pem)
    {
        try
        {
            using var key = PemKeys.LoadRsaPublicKey(pem);
            return true;
        }
        catch (MemberCardsFormatException)
        {
            return false;
        }
    }

    private static bool IsHttpAddress(Uri? address)
        => address is not null && address.IsAbsoluteUri && (address.Scheme == Uri.UriSchemeHttps || address.Scheme == Uri.UriSchemeHttp);
}
