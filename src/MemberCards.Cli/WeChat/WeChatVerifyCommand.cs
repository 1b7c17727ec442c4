using MemberCards.Cli.Output;
using MemberCards.Sdk.WeChat;

namespace MemberCards.Cli.WeChat;

/// <summary>
/// <c>membercards wechat verify</c>: checks the Official Account server <c>signature</c> (or, with <c>--encrypt</c>,
/// the safe-mode <c>msg_signature</c>): SHA-1 of the sorted token, timestamp, nonce (and Encrypt). Prints whether it
/// matches; the expected value only with <c>--show-expected</c> (<see cref="ExpectedValue"/>).
/// </summary>
internal static class WeChatVerifyCommand
{
    public static Command Create()
    {
        var token = new SecretInput(Secrets.WeChatToken);
        var timestamp = new Option<string>("--timestamp") { Description = "The timestamp query value as received.", Required = true };
        var nonce = new Option<string>("--nonce") { Description = "The nonce query value as received.", Required = true };
        var encrypt = new TextInput("encrypt", "the <Encrypt> element of a safe-mode message (checks msg_signature)", optional: true);
        var signature = new Option<string>("--signature") { Description = "The signature (or msg_signature) query value as received.", Required = true };
        var showExpected = ExpectedValue.CreateOption();

        var command = new Command("verify", "Verify a WeChat server signature or msg_signature: prints whether it matches (the expected value only with --show-expected).") { token, timestamp, nonce, encrypt, signature, showExpected };

        return CommandRunner.SetAction(command, (parseResult, output) =>
        {
            var encryptText = encrypt.ReadSingleLine(parseResult);
            var received = parseResult.GetRequiredValue(signature).Trim();
            var expected = WeChatServerSignature.Compute(token.Read(parseResult), parseResult.GetRequiredValue(timestamp), parseResult.GetRequiredValue(nonce), encryptText);
            var valid = FixedTimeText.Equals(expected, received, ignoreCase: true);

            output.WriteLine($"Checked: {(encryptText is null ? "signature (token, timestamp, nonce)" : "msg_signature (token, timestamp, nonce, Encrypt)")}");
            if (parseResult.GetValue(showExpected))
            {
                output.WriteLine($"Expected: {expected}");
            }

            output.WriteLine($"Received: {received}");
            return Verdict.Signature(output, valid, "wrong Token, or a value differs from what WeChat sent; safe mode needs --encrypt and msg_signature");
        });
    }
}
