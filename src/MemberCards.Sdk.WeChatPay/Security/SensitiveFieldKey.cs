namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// The merchant private key a received <see cref="SensitiveText"/> decrypts with, and the serial of its certificate
/// (named when decryption fails). One instance per merchant key, shared by every value received under it, so a value
/// read before a key rotation still decrypts with the key it was encrypted to.
/// </summary>
/// <param name="privateKey">The merchant API private key.</param>
/// <param name="serialNumber">The merchant API certificate serial number.</param>
/// <param name="lenient">Whether a value that does not decrypt is taken as plain text (notification resources, where WeChat Pay may send the fields unencrypted inside the AES-GCM resource).</param>
internal sealed class SensitiveFieldKey(RSA privateKey, string serialNumber, bool lenient)
{
    public string SerialNumber { get; } = serialNumber;

    public bool Lenient { get; } = lenient;

    public string Decrypt(string ciphertext, SensitiveFieldPath path)
    {
        try
        {
            return RsaOaep.Decrypt(privateKey, ciphertext);
        }
        catch (MemberCardsFormatException ex)
        {
            if (Lenient)
            {
                return ciphertext;
            }

            throw new WeChatPaySensitiveFieldException(path.ToString(), SerialNumber, $"it is not RSA-OAEP ciphertext for the merchant key of certificate {SerialNumber} (check PrivateKey and CertificateSerialNumber).", ex);
        }
        catch (ObjectDisposedException ex)
        {
            throw new WeChatPaySensitiveFieldException(path.ToString(), SerialNumber, $"the merchant key of certificate {SerialNumber} was disposed with its client.", ex);
        }
    }
}
