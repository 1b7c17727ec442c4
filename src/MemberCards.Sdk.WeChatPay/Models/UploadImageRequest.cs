namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// POST <c>/brand/card-member/media/image-upload</c> (<see cref="IWeChatPayBrandCardClient.UploadImageAsync"/>, brand
/// registrations only): a JPG, BMP or PNG of at most <see cref="MaxBytes"/> for a template's <c>card_picture_url</c>.
/// Sent as <c>multipart/form-data</c>: a <c>meta</c> part (<c>{"filename":...,"file_digest":...}</c>, the SHA-256 of
/// <see cref="Content"/> in lower-case hex, which the SDK computes) and a <c>file</c> part with the bytes; the request
/// is signed over the <c>meta</c> JSON.
/// </summary>
public sealed record UploadImageRequest : IValidatedRequest
{
    /// <summary>The largest image WeChat Pay accepts: 2 MB (2 × 1024 × 1024 bytes).</summary>
    public const int MaxBytes = 2 * 1024 * 1024;

    /// <summary>The longest <see cref="FileName"/> the SDK sends.</summary>
    public const int MaxFileNameLength = 128;

    /// <summary>
    /// <c>filename</c> of <c>meta</c> and of the <c>file</c> part: 1 to <see cref="MaxFileNameLength"/> printable ASCII
    /// characters (no <c>"</c>, <c>\</c> or <c>/</c>), ending in <c>.jpg</c>, <c>.bmp</c> or <c>.png</c> (any case) to
    /// match the content; required.
    /// </summary>
    public required string FileName { get; init; }

    /// <summary>The image bytes: 1 byte to <see cref="MaxBytes"/>, a JPG, BMP or PNG by their first bytes; required.</summary>
    public required byte[] Content { get; init; }

    /// <summary>
    /// Reads an image from <paramref name="stream"/> (from its current position to its end) into a request. Reading
    /// stops one byte past <see cref="MaxBytes"/>: a larger image fails here, nothing read further and nothing sent.
    /// </summary>
    /// <param name="stream">The image; left open.</param>
    /// <param name="fileName">The file name (see <see cref="FileName"/>).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The request.</returns>
    /// <exception cref="MemberCardsValidationException">The stream holds more than <see cref="MaxBytes"/>.</exception>
    public static async Task<UploadImageRequest> FromStreamAsync(Stream stream, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, MaxBytes + 1L - buffer.Length)), cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes)
            {
                throw TooLarge($"more than {MaxBytes}");
            }
        }

        return new UploadImageRequest { FileName = fileName, Content = buffer.ToArray() };
    }

    /// <summary>
    /// The media type of a JPG (<c>image/jpeg</c>), BMP (<c>image/bmp</c>) or PNG (<c>image/png</c>) by its first bytes,
    /// or <see langword="null"/> for anything else: the SDK checks uploads with it, the emulator what it receives.
    /// </summary>
    /// <param name="content">The file's bytes.</param>
    /// <returns>The media type, or <see langword="null"/>.</returns>
    public static string? MediaTypeOf(ReadOnlySpan<byte> content)
        => content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? "image/jpeg"
            : content.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]) ? "image/png"
            : content.StartsWith("BM"u8) ? "image/bmp"
            : null;

    /// <summary>
    /// The media type a file name's extension promises (<c>.jpg</c>, <c>.bmp</c>, <c>.png</c>, any case), or
    /// <see langword="null"/> for any other extension.
    /// </summary>
    /// <param name="fileName">The file name.</param>
    /// <returns>The media type, or <see langword="null"/>.</returns>
    public static string? MediaTypeOfFileName(string fileName)
        => Path.GetExtension(fileName).ToUpperInvariant() switch
        {
            ".JPG" => "image/jpeg",
            ".BMP" => "image/bmp",
            ".PNG" => "image/png",
            _ => null,
        };

    void IValidatedRequest.Validate()
    {
        var name = FieldRules.Required(FileName, "meta.filename", MaxFileNameLength);
        foreach (var c in name)
        {
            if (c is < ' ' or > '~' or '"' or '\\' or '/')
            {
                throw new MemberCardsValidationException(WeChatPayConstants.ServiceName, "meta.filename", "must be printable ASCII without \", \\ or /.");
            }
        }

        if (Content is null || Content.Length == 0 || Content.Length > MaxBytes)
        {
            throw TooLarge(Content is null ? "no" : Content.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var promised = MediaTypeOfFileName(name)
            ?? throw new MemberCardsValidationException(WeChatPayConstants.ServiceName, "meta.filename", "must end in .jpg, .bmp or .png.");
        var actual = MediaTypeOf(Content)
            ?? throw new MemberCardsValidationException(WeChatPayConstants.ServiceName, "file", "must be a JPG, BMP or PNG image (its first bytes are none of these).");
        if (actual != promised)
        {
            throw new MemberCardsValidationException(WeChatPayConstants.ServiceName, "meta.filename", $"promises {promised} but the file is {actual}.");
        }
    }

    private static MemberCardsValidationException TooLarge(string got)
        => new(WeChatPayConstants.ServiceName, "file", $"must be 1 byte to {MaxBytes} bytes (2 MB), got {got} bytes.");
}
