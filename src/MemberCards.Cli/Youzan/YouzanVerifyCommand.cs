using System.CommandLine;
using MemberCards.Cli.Input;
using MemberCards.Sdk.Security;

namespace MemberCards.Cli.Youzan;

/// <summary>
/// <c>membercards youzan verify</c>: checks a classic push's <c>sign</c> = lower-case hex MD5 of
/// <c>client_id + msg + client_secret</c>, with msg exactly as received (still URL-encoded).
/// </summary>
internal static class YouzanVerifyCommand
{
    public static Command Create()
    {
        var clientId = new Option<string>("--client-id") { Description = "The app's client_id.", Required = true };
        var secret = new SecretInput("client-secret", "the app's client_secret", "MEMBERCARDS_YOUZAN_CLIENT_SECRET");
        var msg = new TextInput("msg", "the msg field exactly as received (URL-encoded, before any decoding)");
        var sign = new Option<string>("--sign") { Description = "The sign field as received.", Required = true };

        var command = new Command("verify", "Verify a Youzan push sign and print the expected value.");
        command.Add(clientId);
        secret.AddTo(command);
        msg.AddTo(command);
        command.Add(sign);

        CommandRunner.SetAction(command, (parseResult, output) =>
        {
            var msgText = msg.ReadSingleLine(parseResult)!;
            var received = parseResult.GetRequiredValue(sign).Trim();
            var expected = YouzanSignature.Compute(parseResult.GetRequiredValue(clientId), msgText, secret.Read(parseResult));
            var valid = FixedTimeText.Equals(expected, received, ignoreCase: true);

            output.WriteLine($"Expected sign: {expected}");
            output.WriteLine($"Received sign: {received}");
            if (!valid && !msgText.Contains('%', StringComparison.Ordinal) && msgText.TrimStart().StartsWith('{'))
            {
                output.WriteLine("note: msg looks already URL-decoded; the sign covers msg exactly as received, before decoding.");
            }

            output.WriteLine(valid ? "Result: valid" : "Result: invalid (wrong client_id/client_secret, or msg altered: decoded, re-encoded or re-serialized)");
            return valid ? ExitCodes.Success : ExitCodes.Invalid;
        });
        return command;
    }
}
