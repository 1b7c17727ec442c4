using MemberCards.Cli.Output;
using MemberCards.Sdk.WeChatPay;

namespace MemberCards.Cli.WeChatPay;

/// <summary>
/// <c>membercards wechatpay verify</c>: checks a response or notification signature (<c>Wechatpay-Signature</c>) over
/// <c>TIMESTAMP\nNONCE\nBODY\n</c> with the WeChat Pay public key or platform certificate, and prints the message.
/// </summary>
internal static class WeChatPayVerifyCommand
{
    public static Command Create(TimeProvider timeProvider)
    {
        var timestamp = new Option<string>("--timestamp") { Description = "The Wechatpay-Timestamp header as received.", Required = true };
        var nonce = new Option<string>("--nonce") { Description = "The Wechatpay-Nonce header as received.", Required = true };
        var body = new TextInput("body", "the response or notification body exactly as received", optional: true);
        var signature = new Option<string>("--signature") { Description = "The Wechatpay-Signature header as received (Base64).", Required = true };
        var publicKey = new Option<string>("--public-key-file", "--certificate-file")
        {
            Description = "PEM file of the WeChat Pay public key (PUB_KEY_ID_...) or of the platform certificate named by Wechatpay-Serial.",
            HelpName = "path",
            Required = true,
        };

        var command = new Command("verify", "Verify a WeChat Pay response or notification signature and print the message it covers.") { timestamp, nonce, body, signature, publicKey };

        return CommandRunner.SetAction(command, (parseResult, output) =>
        {
            var time = parseResult.GetRequiredValue(timestamp);
            var bodyBytes = body.ReadBytes(parseResult) ?? [];
            var signatureText = parseResult.GetRequiredValue(signature).Trim();
            using var key = KeyFiles.LoadPublicKey(FileText.ReadAllText(parseResult.GetRequiredValue(publicKey), "the public key or certificate"), "the public key or certificate");

            var message = ResponseSignature.BuildMessage(time, parseResult.GetRequiredValue(nonce), bodyBytes);
            var valid = RsaSha256.Verify(key, message, signatureText);

            output.WriteLine($"Signed message ({message.Length} bytes, UTF-8; each \\n below is one LF byte):");
            VisibleText.WriteMessage(output, message);
            BodyWarnings.Write(output, bodyBytes);
            WriteAge(output, time, timeProvider);
            if (signatureText.StartsWith(ResponseSignature.ProbePrefix, StringComparison.Ordinal))
            {
                output.WriteLine($"note: the signature starts with {ResponseSignature.ProbePrefix}: WeChat Pay's probe, which must fail verification (answer non-2xx).");
            }

            return Verdict.Signature(output, valid, "wrong key for Wechatpay-Serial, or the body/timestamp/nonce differ from what was signed");
        });
    }

    private static void WriteAge(TextWriter output, string timestamp, TimeProvider timeProvider)
    {
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            output.WriteLine("note: the timestamp is not a number of Unix seconds.");
            return;
        }

        var age = timeProvider.GetUtcNow().ToUnixTimeSeconds() - seconds;
        if (Math.Abs(age) >= 300)
        {
            output.WriteLine($"note: the timestamp is {age} s from now; a live check rejects it (5-minute window), whatever the signature.");
        }
    }
}
