using MemberCards.Sdk;

namespace MemberCards.Cli.WeChatPay;

/// <summary>
/// <c>membercards wechatpay decrypt</c>: decrypts an AEAD_AES_256_GCM resource (notification <c>resource</c>, or an
/// encrypted platform certificate) with the APIv3 key read from a file or an environment variable.
/// </summary>
internal static class WeChatPayDecryptCommand
{
    public static Command Create()
    {
        var key = new SecretInput(Secrets.ApiV3Key);
        var nonce = new Option<string>("--nonce") { Description = "resource.nonce as received.", Required = true };
        var associatedData = new Option<string?>("--associated-data") { Description = "resource.associated_data as received (omit when absent)." };
        var ciphertext = new TextInput("ciphertext", "resource.ciphertext (Base64)");

        var command = new Command("decrypt", "Decrypt a WeChat Pay AEAD_AES_256_GCM resource with the APIv3 key and print the plaintext.") { key, nonce, associatedData, ciphertext };

        return CommandRunner.SetAction(command, (parseResult, output) =>
        {
            var keyBytes = Encoding.UTF8.GetBytes(key.Read(parseResult));
            if (keyBytes.Length != 32)
            {
                throw new CliInputException($"The APIv3 key must be 32 bytes; the one given is {keyBytes.Length}. It is the key set in the merchant portal (API安全 > APIv3密钥), not the API certificate key.");
            }

            try
            {
                var plaintext = AesGcmCipher.Decrypt(keyBytes, parseResult.GetRequiredValue(nonce), parseResult.GetValue(associatedData), ciphertext.ReadSingleLine(parseResult)!);
                output.WriteLine(plaintext);
                return ExitCodes.Success;
            }
            catch (MemberCardsSignatureException ex)
            {
                parseResult.InvocationConfiguration.Error.WriteLine($"invalid: {ex.Message} The associated data and nonce must also be exactly as received.");
                return ExitCodes.Invalid;
            }
        });
    }
}
