namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// The <c>multipart/form-data</c> body of an image upload, written byte for byte: a <c>meta</c> part
/// (<c>application/json</c>) and a <c>file</c> part with the image under its file name. WeChat Pay signs such a request
/// over the <c>meta</c> JSON alone, not the multipart bytes, so the signing step signs <see cref="Meta"/> (Refit's
/// <c>[Multipart]</c> builds its own parts and could not say which bytes to sign). The boundary is unquoted and the
/// file name plain (no RFC 5987 <c>filename*</c>).
/// </summary>
internal sealed class ImageUploadContent : ByteArrayContent
{
    private ImageUploadContent(byte[] body, byte[] meta, string boundary)
        : base(body)
    {
        Meta = meta;
        Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=" + boundary);
    }

    /// <summary>The exact <c>meta</c> JSON sent, which the request is signed over.</summary>
    public byte[] Meta { get; }

    /// <summary>The body of a validated upload.</summary>
    /// <param name="request">The upload (checked: its file name is printable ASCII, its content a JPG, BMP or PNG).</param>
    /// <returns>The body.</returns>
    public static ImageUploadContent Of(UploadImageRequest request)
    {
        var meta = JsonSerializer.SerializeToUtf8Bytes(
            new ImageUploadMeta { Filename = request.FileName, FileDigest = Convert.ToHexStringLower(SHA256.HashData(request.Content)) },
            WeChatPayJson.For<ImageUploadMeta>());
        var boundary = "MemberCards" + Guid.NewGuid().ToString("N");
        var head = Encoding.ASCII.GetBytes(
            $"--{boundary}\r\nContent-Disposition: form-data; name=\"meta\"\r\nContent-Type: application/json\r\n\r\n");
        var middle = Encoding.ASCII.GetBytes(
            $"\r\n--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{request.FileName}\"\r\nContent-Type: {UploadImageRequest.MediaTypeOf(request.Content)}\r\n\r\n");
        var tail = Encoding.ASCII.GetBytes($"\r\n--{boundary}--\r\n");
        var body = new byte[head.Length + meta.Length + middle.Length + request.Content.Length + tail.Length];
        var at = 0;
        foreach (var part in (byte[][])[head, meta, middle, request.Content, tail])
        {
            part.CopyTo(body, at);
            at += part.Length;
        }

        return new ImageUploadContent(body, meta, boundary);
    }
}
