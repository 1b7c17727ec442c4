namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// The <c>meta</c> part of an image upload, and the body its request is signed over: the file's name and its SHA-256 in
/// lower-case hex.
/// </summary>
internal sealed record ImageUploadMeta
{
    /// <summary><c>filename</c>.</summary>
    public required string Filename { get; init; }

    /// <summary><c>file_digest</c>: SHA-256 of the file, lower-case hex.</summary>
    public required string FileDigest { get; init; }
}
