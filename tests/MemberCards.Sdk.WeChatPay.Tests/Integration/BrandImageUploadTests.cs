using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MemberCards.Sdk.Security;
using MemberCards.Sdk.Testing;
using MemberCards.Sdk.WeChatPay.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.WeChatPay.Tests.Integration;

/// <summary>
/// Issue 21: the brand-direct image upload (POST <c>/brand/card-member/media/image-upload</c>, B4015680641) through DI
/// against the emulator over real HTTP: a multipart body with <c>meta</c> and <c>file</c>, signed over the <c>meta</c>
/// JSON; its limits checked before sending; a partner registration refused before sending.
/// </summary>
public sealed class BrandImageUploadTests
{
    private static readonly byte[] Png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 1, 2, 3];

    [Fact]
    public async Task A_brand_uploads_an_image_signed_over_its_meta_json_and_gets_a_media_url_that_serves_it()
    {
        await using var harness = await BrandFamilyTests.BrandAsync();

        var image = await harness.Client.UploadImageAsync(new UploadImageRequest { FileName = "card.png", Content = Png });

        var request = Assert.Single(harness.Emulator.Host.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/brand/card-member/media/image-upload", request.PathAndQuery);
        var contentType = request.Header("Content-Type")!;
        Assert.StartsWith("multipart/form-data; boundary=MemberCards", contentType, StringComparison.Ordinal);
        var boundary = contentType["multipart/form-data; boundary=".Length..];
        var digest = Convert.ToHexStringLower(SHA256.HashData(Png));
        var meta = $$"""{"filename":"card.png","file_digest":"{{digest}}"}""";
        byte[] expected =
        [
            .. Encoding.ASCII.GetBytes($"--{boundary}\r\nContent-Disposition: form-data; name=\"meta\"\r\nContent-Type: application/json\r\n\r\n{meta}\r\n"),
            .. Encoding.ASCII.GetBytes($"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"card.png\"\r\nContent-Type: image/png\r\n\r\n"),
            .. Png,
            .. Encoding.ASCII.GetBytes($"\r\n--{boundary}--\r\n"),
        ];
        Assert.Equal(expected, request.Body.ToArray());

        // Signed over the meta JSON exactly as sent, not over the multipart bytes.
        var (timestamp, nonce, signature) = SignatureOf(harness, request);
        Assert.True(RsaSha256.Verify(harness.Emulator.MerchantKey.Rsa, RequestSignature.BuildMessage("POST", request.PathAndQuery, timestamp, nonce, Encoding.UTF8.GetBytes(meta)), signature));
        Assert.False(RsaSha256.Verify(harness.Emulator.MerchantKey.Rsa, RequestSignature.BuildMessage("POST", request.PathAndQuery, timestamp, nonce, request.Body.Span), signature));
        Assert.Equal(harness.Emulator.PublicKeyId, request.Header("Wechatpay-Serial"));

        Assert.Equal(new Uri(harness.Emulator.BaseAddress, "emulator-media/" + digest).AbsoluteUri, image.MediaUrl);
        Assert.Equal(Png, harness.Emulator.GetUploadedImage(image.MediaUrl!));
        using var http = new HttpClient();
        using var served = await http.GetAsync(new Uri(image.MediaUrl!));
        Assert.Equal("image/png", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Png, await served.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task An_image_read_from_a_stream_uploads_the_same_bytes()
    {
        await using var harness = await BrandFamilyTests.BrandAsync();
        using var stream = new MemoryStream(Png);

        var image = await harness.Client.UploadImageAsync(await UploadImageRequest.FromStreamAsync(stream, "CARD.PNG"));

        Assert.Equal(Png, harness.Emulator.GetUploadedImage(image.MediaUrl!));
    }

    [Fact]
    public async Task A_file_changed_after_signing_is_refused_for_its_digest()
    {
        await using var harness = await Harness.StartAsync((e, o) => e.ConfigurePublicKeyMode(o), Brand, null, b => b.ConfigureHttpClient(http => http.AddHttpMessageHandler(() => new FileTampering(append: 0))), null);

        var error = await Assert.ThrowsAsync<WeChatPayApiException>(() => harness.Client.UploadImageAsync(new UploadImageRequest { FileName = "card.png", Content = Png }));

        Assert.Equal(400, error.StatusCode);
        Assert.Equal("PARAM_ERROR", error.ErrorCode);
        Assert.Contains("file_digest", error.ErrorMessage, StringComparison.Ordinal);
        Assert.Single(harness.Emulator.Host.Requests);
    }

    [Fact]
    public async Task The_emulator_refuses_a_file_over_2_MB_that_the_sdk_did_not_send()
    {
        await using var harness = await Harness.StartAsync((e, o) => e.ConfigurePublicKeyMode(o), Brand, null, b => b.ConfigureHttpClient(http => http.AddHttpMessageHandler(() => new FileTampering(append: UploadImageRequest.MaxBytes))), null);

        var error = await Assert.ThrowsAsync<WeChatPayApiException>(() => harness.Client.UploadImageAsync(new UploadImageRequest { FileName = "card.png", Content = Png }));

        Assert.Equal(400, error.StatusCode);
        Assert.Contains($"more than {UploadImageRequest.MaxBytes}", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_image_over_2_MB_is_refused_before_anything_is_sent()
    {
        await using var harness = await BrandFamilyTests.BrandAsync();
        var content = new byte[UploadImageRequest.MaxBytes + 1];
        Png.CopyTo(content, 0);

        var error = await Assert.ThrowsAsync<MemberCardsValidationException>(() => harness.Client.UploadImageAsync(new UploadImageRequest { FileName = "card.png", Content = content }));
        using var stream = new MemoryStream(content);
        var fromStream = await Assert.ThrowsAsync<MemberCardsValidationException>(() => UploadImageRequest.FromStreamAsync(stream, "card.png"));

        Assert.Equal("file", error.FieldPath);
        Assert.Equal("file", fromStream.FieldPath);
        Assert.Equal(UploadImageRequest.MaxBytes + 1L, stream.Position);
        Assert.Empty(harness.Emulator.Host.Requests);

        // Exactly 2 MB is accepted.
        var image = await harness.Client.UploadImageAsync(new UploadImageRequest { FileName = "card.png", Content = content[..UploadImageRequest.MaxBytes] });
        Assert.Equal(UploadImageRequest.MaxBytes, harness.Emulator.GetUploadedImage(image.MediaUrl!)!.Length);
    }

    [Theory]
    [InlineData("card.gif", "png", "meta.filename")]
    [InlineData("card.jpg", "png", "meta.filename")]
    [InlineData("card.png", "gif", "file")]
    [InlineData("card.png", "empty", "file")]
    [InlineData("", "png", "meta.filename")]
    [InlineData("my \"card\".png", "png", "meta.filename")]
    [InlineData("dir/card.png", "png", "meta.filename")]
    [InlineData("会员卡.png", "png", "meta.filename")]
    public async Task An_upload_the_rules_refuse_names_its_field_and_sends_nothing(string fileName, string content, string field)
    {
        await using var harness = await BrandFamilyTests.BrandAsync();
        byte[] bytes = content switch
        {
            "png" => Png,
            "gif" => "GIF89a\x01\x00"u8.ToArray(),
            _ => [],
        };

        var error = await Assert.ThrowsAsync<MemberCardsValidationException>(() => harness.Client.UploadImageAsync(new UploadImageRequest { FileName = fileName, Content = bytes }));

        Assert.Equal(field, error.FieldPath);
        Assert.Empty(harness.Emulator.Host.Requests);
    }

    [Fact]
    public async Task A_bmp_and_a_jpg_are_sent_with_their_media_types()
    {
        await using var harness = await BrandFamilyTests.BrandAsync();

        await harness.Client.UploadImageAsync(new UploadImageRequest { FileName = "a.bmp", Content = "BM\x10\x00"u8.ToArray() });
        await harness.Client.UploadImageAsync(new UploadImageRequest { FileName = "b.Jpg", Content = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16] });

        Assert.Equal(["image/bmp", "image/jpeg"], harness.Emulator.Host.Requests.Select(r => FilePartType(r.BodyText)));
    }

    [Fact]
    public async Task A_refused_upload_signature_reports_the_meta_json_as_the_signed_body()
    {
        await using var harness = await BrandFamilyTests.BrandAsync(brandId: "2002");

        var error = await Assert.ThrowsAsync<WeChatPayApiException>(() => harness.Client.UploadImageAsync(new UploadImageRequest { FileName = "card.png", Content = Png }));

        Assert.Equal("SIGN_ERROR", error.ErrorCode);
        var request = Assert.Single(harness.Emulator.Host.Requests);
        var fields = request.Header("Authorization")!.Split(',').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1].Trim('"'));
        var meta = $$"""{"filename":"card.png","file_digest":"{{Convert.ToHexStringLower(SHA256.HashData(Png))}}"}""";
        Assert.Equal($"POST\n/brand/card-member/media/image-upload\n{fields["timestamp"]}\n{fields["nonce_str"]}\n{meta}\n", error.SigningMessage);
    }

    [Fact]
    public async Task A_partner_registration_cannot_upload_and_sends_nothing()
    {
        await using var harness = await Harness.PublicKeyModeAsync(o => o.BrandId = "1004");

        var error = await Assert.ThrowsAsync<NotSupportedException>(() => harness.Client.UploadImageAsync(new UploadImageRequest { FileName = "card.png", Content = Png }));

        Assert.StartsWith("UploadImageAsync is not available to a partner registration (WeChatPayOptions.Family = Partner)", error.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Emulator.Host.Requests);
    }

    private static void Brand(WeChatPayOptions options)
    {
        options.Family = WeChatPayFamily.Brand;
        options.BrandId = "1004";
        options.MerchantId = null;
    }

    private static (long Timestamp, string Nonce, string Signature) SignatureOf(Harness harness, RecordedRequest request)
    {
        var authorization = request.Header("Authorization")!;
        Assert.StartsWith("WECHATPAY-BRAND-SHA256-RSA2048 brand_id=\"1004\",", authorization, StringComparison.Ordinal);
        var fields = authorization["WECHATPAY-BRAND-SHA256-RSA2048 ".Length..].Split(',').ToDictionary(p => p[..p.IndexOf('=', StringComparison.Ordinal)], p => p[(p.IndexOf('=', StringComparison.Ordinal) + 2)..^1]);
        Assert.Equal(harness.Emulator.MerchantKey.SerialNumber, fields["serial_no"]);
        return (long.Parse(fields["timestamp"], CultureInfo.InvariantCulture), fields["nonce_str"], fields["signature"]);
    }

    private static string FilePartType(string body)
    {
        var at = body.IndexOf("name=\"file\"", StringComparison.Ordinal);
        var start = body.IndexOf("Content-Type: ", at, StringComparison.Ordinal) + "Content-Type: ".Length;
        return body[start..body.IndexOf('\r', start)];
    }

    /// <summary>Changes the file part after signing (innermost handler): flips its last byte, or appends <c>append</c> bytes to it.</summary>
    private sealed class FileTampering(int append) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var original = request.Content!;
            var body = await original.ReadAsByteArrayAsync(cancellationToken);
            var boundary = original.Headers.ContentType!.Parameters.Single(p => p.Name == "boundary").Value!;
            var end = body.Length - Encoding.ASCII.GetByteCount($"\r\n--{boundary}--\r\n");
            byte[] changed = append == 0 ? [.. body] : [.. body[..end], .. new byte[append], .. body[end..]];
            if (append == 0)
            {
                changed[end - 1] ^= 0xFF;
            }

            var replacement = new ByteArrayContent(changed);
            foreach (var header in original.Headers.NonValidated)
            {
                if (header.Key != "Content-Length")
                {
                    replacement.Headers.TryAddWithoutValidation(header.Key, header.Value);
                }
            }

            request.Content = replacement;
            return await base.SendAsync(request, cancellationToken);
        }
    }
}
