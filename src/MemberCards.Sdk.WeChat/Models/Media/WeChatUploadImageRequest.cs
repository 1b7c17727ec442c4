namespace MemberCards.Sdk.WeChat;

/// <summary>cgi-bin/media/uploadimg: a JPG or PNG of at most 1 MB for logo_url, background_pic_url and icons.</summary>
public sealed class WeChatUploadImageRequest : IValidatedRequest
{
    /// <summary>The file name, ending in <c>.jpg</c>, <c>.jpeg</c> or <c>.png</c> (sent as the multipart file name; <c>file_name</c> when a host stores the request as JSON).</summary>
    public required string FileName { get; set; }

    /// <summary>The image bytes (at most 1 MB; Base64 <c>content</c> when a host stores the request as JSON).</summary>
    public required byte[] Content { get; set; }

    /// <inheritdoc/>
    void IValidatedRequest.Validate() => WeChatRequestValidator.ValidateUploadImage(this);
}
