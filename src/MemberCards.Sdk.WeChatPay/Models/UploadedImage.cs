namespace MemberCards.Sdk.WeChatPay;

/// <summary>An image WeChat Pay stored (the answer of POST <c>/brand/card-member/media/image-upload</c>).</summary>
public sealed record UploadedImage
{
    /// <summary><c>media_url</c>: the image's permanent address, for a template's <c>card_picture_url</c>.</summary>
    public string? MediaUrl { get; set; }
}
