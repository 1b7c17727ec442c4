using MemberCards.Cli.Output;
using MemberCards.Sdk.Youzan;

namespace MemberCards.Cli.Youzan;

/// <summary>
/// <c>membercards youzan verify</c>, in the two modes the SDK accepts: the <c>Event-Sign</c> header (cloud pushes:
/// lower-case hex MD5 of <c>client_id + raw body + client_secret</c>, the body byte for byte) with <c>--body</c> and
/// <c>--event-sign</c>; or a classic push's body <c>sign</c> (MD5 of <c>client_id + msg + client_secret</c>, msg exactly
/// as received, still URL-encoded) with <c>--msg</c> and <c>--sign</c>. Both use the SDK's <see cref="YouzanSignature"/>.
/// Prints whether the value matches; the expected value only with <c>--show-expected</c> (<see cref="ExpectedValue"/>).
/// </summary>
internal static class YouzanVerifyCommand
{
    public static Command Create()
    {
        var clientId = new Option<string>("--client-id") { Description = "The app's client_id.", Required = true };
        var secret = new SecretInput(Secrets.YouzanClientSecret);
        var body = new TextInput("body", $"the raw request body exactly as received (with --event-sign: the {YouzanConstants.EventSignHeader} mode)", optional: true);
        var eventSign = new Option<string?>("--event-sign") { Description = $"The {YouzanConstants.EventSignHeader} header as received (with --body or --body-file)." };
        var msg = new TextInput("msg", "the msg field exactly as received (URL-encoded, before any decoding; with --sign: the classic mode)", optional: true);
        var sign = new Option<string?>("--sign") { Description = "The sign field of a classic push as received (with --msg or --msg-file)." };
        var showExpected = ExpectedValue.CreateOption();

        var command = new Command("verify", $"Verify a Youzan push: the {YouzanConstants.EventSignHeader} header over the raw body, or a classic push's sign over msg; prints whether it matches (the expected value only with --show-expected).") { clientId, secret, body, eventSign, msg, sign, showExpected };

        return CommandRunner.SetAction(command, (parseResult, output) =>
        {
            var eventSignText = parseResult.GetValue(eventSign)?.Trim();
            var signText = parseResult.GetValue(sign)?.Trim();
            if ((eventSignText is null) == (signText is null))
            {
                throw new CliInputException($"Choose one mode: {eventSign.Name} with {body.Inline.Name}/{body.File.Name} (the {YouzanConstants.EventSignHeader} header), or {sign.Name} with {msg.Inline.Name}/{msg.File.Name} (a classic push).");
            }

            var show = parseResult.GetValue(showExpected);
            return eventSignText is not null
                ? VerifyEventSign(output, parseResult.GetRequiredValue(clientId), secret.Read(parseResult), body.ReadBytes(parseResult) ?? throw new CliInputException($"{eventSign.Name} is checked over the raw body: pass {body.Inline.Name} <text> or {body.File.Name} <path>."), eventSignText, show)
                : VerifyClassic(output, parseResult.GetRequiredValue(clientId), secret.Read(parseResult), msg.ReadSingleLine(parseResult) ?? throw new CliInputException($"{sign.Name} is checked over msg: pass {msg.Inline.Name} <text> or {msg.File.Name} <path>."), signText!, show);
        });
    }

    private static int VerifyEventSign(TextWriter output, string clientId, string secret, byte[] body, string received, bool showExpected)
    {
        var valid = YouzanSignature.Verify(Encoding.UTF8.GetBytes(clientId), body, Encoding.UTF8.GetBytes(secret), received);
        output.WriteLine($"Mode: {YouzanConstants.EventSignHeader} header over the raw body ({body.Length} bytes)");
        if (showExpected)
        {
            var text = Encoding.UTF8.GetString(body);
            // The expected value is shown when the body is text (it always is from Youzan); the verdict above is over the bytes.
            var expected = Encoding.UTF8.GetByteCount(text) == body.Length && Encoding.UTF8.GetBytes(text).AsSpan().SequenceEqual(body)
                ? YouzanSignature.Compute(clientId, text, secret)
                : "(not shown: the body is not UTF-8 text)";
            output.WriteLine($"Expected {YouzanConstants.EventSignHeader}: {expected}");
        }

        output.WriteLine($"Received {YouzanConstants.EventSignHeader}: {received}");
        if (!valid && body.Length > 0 && body[^1] == (byte)'\n')
        {
            output.WriteLine("note: the body ends with a line break; the header covers the body exactly as received (an editor may have added it to the file).");
        }

        return Verdict.Signature(output, valid, "wrong client_id/client_secret, or the body was altered: re-serialized, re-encoded or trimmed");
    }

    private static int VerifyClassic(TextWriter output, string clientId, string secret, string msgText, string received, bool showExpected)
    {
        var valid = YouzanSignature.Verify(clientId, msgText, secret, received);

        output.WriteLine("Mode: classic push sign over msg");
        if (showExpected)
        {
            output.WriteLine($"Expected sign: {YouzanSignature.Compute(clientId, msgText, secret)}");
        }

        output.WriteLine($"Received sign: {received}");
        if (!valid && !msgText.Contains('%', StringComparison.Ordinal) && msgText.TrimStart().StartsWith('{'))
        {
            output.WriteLine("note: msg looks already URL-decoded; the sign covers msg exactly as received, before decoding.");
        }

        return Verdict.Signature(output, valid, "wrong client_id/client_secret, or msg altered: decoded, re-encoded or re-serialized");
    }
}
