using MemberCards.Cli.Output;
using MemberCards.Sdk.WeChatPay;

namespace MemberCards.Cli.WeChatPay;

/// <summary>
/// <c>membercards wechatpay sign</c>: builds the APIv3 request signing message, signs it with the merchant API key and
/// prints the message (line breaks visible), the signature and the Authorization header, to compare with a failing request.
/// With <c>--brand-id</c> instead of <c>--mchid</c> it prints the brand-direct header
/// (<c>WECHATPAY-BRAND-SHA256-RSA2048 brand_id=...</c>, signed with the brand API key; same signing message).
/// Message, signature and header come from the SDK's own <see cref="RequestSignature"/> (the code its signing handler
/// runs), so the header printed is the one the SDK sends for the same request, parameter order included.
/// </summary>
internal static class WeChatPaySignCommand
{
    public static Command Create(TimeProvider timeProvider)
    {
        var method = new Option<string>("--method") { Description = "The HTTP method, such as POST (upper-cased).", Required = true };
        var url = new Option<string>("--url") { Description = "Path and query exactly as sent, such as /v3/brand/partner/card-member/user-cards/123?card_id=p1 (an absolute URL loses its scheme and host).", Required = true };
        var timestamp = new Option<string?>("--timestamp") { Description = "Unix seconds as sent; default: now." };
        var nonce = new Option<string?>("--nonce") { Description = "The nonce_str as sent; default: 32 random characters." };
        var body = new TextInput("body", "the request body (omit for GET)", optional: true);
        var privateKey = new SecretInput(Secrets.MerchantPrivateKey);
        var mchid = new Option<string?>("--mchid") { Description = "The merchant id (mchid); or --brand-id." };
        var brandId = new Option<string?>("--brand-id") { Description = "The brand_id of a brand (brand-direct family, /brand/card-member/...): prints the WECHATPAY-BRAND-SHA256-RSA2048 header; the key is then the brand API private key. Instead of --mchid." };
        var serial = new Option<string>("--serial") { Description = "The API certificate serial number (serial_no): the merchant's, or with --brand-id the brand's.", Required = true };

        var command = new Command("sign", "Print the exact APIv3 signing message, the signature and the Authorization header for a request (of a merchant, or of a brand with --brand-id).") { method, url, timestamp, nonce, body, privateKey, mchid, brandId, serial };
        command.Validators.Add(result =>
        {
            if ((result.GetResult(mchid) is null) == (result.GetResult(brandId) is null))
            {
                result.AddError("Give who signs once: --mchid <mchid> (a merchant) or --brand-id <brand_id> (a brand).");
            }
        });

        return CommandRunner.SetAction(command, (parseResult, output) =>
        {
            var verb = parseResult.GetRequiredValue(method).Trim().ToUpperInvariant();
            var target = RequestTarget.Canonical(parseResult.GetRequiredValue(url));
            var timeText = parseResult.GetValue(timestamp)?.Trim();
            var time = timeText is null ? timeProvider.GetUtcNow().ToUnixTimeSeconds() : ParseTimestamp(timeText);
            var nonceText = parseResult.GetValue(nonce) ?? RequestSignature.CreateNonce();
            var bodyBytes = body.ReadBytes(parseResult) ?? [];
            using var key = KeyFiles.LoadPrivateKey(privateKey.Read(parseResult), "the merchant API private key");

            var message = RequestSignature.BuildMessage(verb, target, time, nonceText, bodyBytes);
            var signature = RequestSignature.Sign(key, message);
            var header = parseResult.GetValue(brandId) is { } brand
                ? RequestSignature.FormatBrandAuthorization(brand, nonceText, time, parseResult.GetRequiredValue(serial), signature)
                : RequestSignature.FormatAuthorization(parseResult.GetValue(mchid)!, nonceText, time, parseResult.GetRequiredValue(serial), signature);

            output.WriteLine($"Signing message ({message.Length} bytes, UTF-8; each \\n below is one LF byte):");
            VisibleText.WriteMessage(output, message);
            BodyWarnings.Write(output, bodyBytes);
            if (time > 9_999_999_999)
            {
                output.WriteLine("note: the timestamp has more than 10 digits; WeChat Pay expects Unix seconds, not milliseconds (SIGN_ERROR).");
            }

            output.WriteLine($"Signature: {signature}");
            output.WriteLine($"Authorization: {header}");
            return ExitCodes.Success;
        });
    }

    private static long ParseTimestamp(string text)
        => long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? seconds
            : throw new CliInputException($"--timestamp must be Unix seconds (digits only), such as {1554208460}.");
}
