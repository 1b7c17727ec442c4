using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MemberCards.Cli.Output;

namespace MemberCards.Cli.WeChatPay;

/// <summary>
/// <c>membercards wechatpay check-key</c>: checks that the merchant API private key belongs to the merchant API
/// certificate (or public key) and that the configured <c>CertificateSerialNumber</c> is that certificate's serial: the
/// most common cause of <c>401 SIGN_ERROR</c> is a key from one certificate sent with the serial of another.
/// </summary>
internal static class WeChatPayCheckKeyCommand
{
    public static Command Create(TimeProvider timeProvider)
    {
        var privateKey = new SecretInput(Secrets.MerchantPrivateKey);
        var certificate = new Option<string?>("--certificate-file") { Description = "PEM file of the merchant API certificate (apiclient_cert.pem).", HelpName = "path" };
        var publicKey = new Option<string?>("--public-key-file") { Description = "PEM file of the merchant API public key, when there is no certificate at hand.", HelpName = "path" };
        var serial = new Option<string?>("--serial") { Description = "The configured CertificateSerialNumber (serial_no), compared with the certificate's serial." };

        var command = new Command("check-key", "Check that the merchant private key matches the merchant certificate (or public key) and the configured serial number.") { privateKey, certificate, publicKey, serial };

        return CommandRunner.SetAction(command, (parseResult, output) =>
        {
            var certificatePath = parseResult.GetValue(certificate);
            var publicKeyPath = parseResult.GetValue(publicKey);
            var configuredSerial = parseResult.GetValue(serial)?.Trim();
            if ((certificatePath is null) == (publicKeyPath is null))
            {
                throw new CliInputException($"Give the key's counterpart once: {certificate.Name} <path> or {publicKey.Name} <path>.");
            }

            if (configuredSerial is not null && certificatePath is null)
            {
                throw new CliInputException($"{serial.Name} is compared with the certificate's serial: pass {certificate.Name} too.");
            }

            using var key = KeyFiles.LoadPrivateKey(privateKey.Read(parseResult), "the merchant API private key");
            output.WriteLine($"Private key: RSA {key.KeySize} bits");
            var consistent = true;
            byte[] expected;
            if (certificatePath is not null)
            {
                using var cert = KeyFiles.LoadCertificate(FileText.ReadAllText(certificatePath, "the merchant API certificate"), "the merchant API certificate");
                var certificateSerial = PemKeys.SerialNumberOf(cert);
                using var certificateKey = cert.GetRSAPublicKey() ?? throw new CliInputException("The certificate does not hold an RSA key.");
                expected = certificateKey.ExportSubjectPublicKeyInfo();
                output.WriteLine($"Certificate: serial {certificateSerial}, subject {cert.Subject}, valid {cert.NotBefore.ToUniversalTime():yyyy-MM-dd} to {cert.NotAfter.ToUniversalTime():yyyy-MM-dd} (UTC)");
                if (cert.NotAfter.ToUniversalTime() < timeProvider.GetUtcNow().UtcDateTime)
                {
                    output.WriteLine("note: the certificate has expired; download a new one in the merchant platform and configure its key and serial together.");
                }

                if (configuredSerial is not null)
                {
                    var serialMatches = string.Equals(NormalizeSerial(configuredSerial), NormalizeSerial(certificateSerial), StringComparison.Ordinal);
                    consistent &= serialMatches;
                    output.WriteLine(serialMatches
                        ? "Serial: the configured serial is the certificate's"
                        : $"Serial: MISMATCH: the configured serial {configuredSerial} is not the certificate's {certificateSerial} (WeChat Pay answers 401 SIGN_ERROR)");
                }
            }
            else
            {
                using var publicRsa = KeyFiles.LoadPublicKey(FileText.ReadAllText(publicKeyPath!, "the merchant API public key"), "the merchant API public key");
                expected = publicRsa.ExportSubjectPublicKeyInfo();
            }

            var keyMatches = CryptographicOperations.FixedTimeEquals(key.ExportSubjectPublicKeyInfo(), expected);
            consistent &= keyMatches;
            output.WriteLine(keyMatches
                ? "Key pair: the private key belongs to this " + (certificatePath is null ? "public key" : "certificate")
                : "Key pair: MISMATCH: the private key belongs to another " + (certificatePath is null ? "public key" : "certificate") + " (every request fails with 401 SIGN_ERROR)");
            return Verdict.Write(output, consistent, "consistent", "inconsistent");
        });
    }

    /// <summary>Serials are compared as hex digits: case, separators and leading zeros do not matter.</summary>
    private static string NormalizeSerial(string serial)
    {
        var digits = new string(serial.Where(Uri.IsHexDigit).ToArray()).ToUpper(CultureInfo.InvariantCulture).TrimStart('0');
        return digits.Length == 0 ? "0" : digits;
    }
}
