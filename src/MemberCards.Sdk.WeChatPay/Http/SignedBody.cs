namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// The bytes a request is signed over, for the contents the SDK builds itself: nothing for no content, the JSON of a
/// <see cref="MemberCardsJsonContent"/>, and only the <c>meta</c> JSON of an <see cref="ImageUploadContent"/> (a media upload
/// is signed over its meta, and its multipart bytes are sent as they are). The signing step and the signing message
/// rebuilt for a <c>SIGN_ERROR</c> read it here, so both sign the same bytes.
/// </summary>
internal static class SignedBody
{
    /// <summary>The signed bytes of <paramref name="content"/>, or <see langword="null"/> for content the SDK did not build (read it as it is).</summary>
    /// <param name="content">The request's content.</param>
    /// <returns>The bytes, or <see langword="null"/>.</returns>
    public static byte[]? Known(HttpContent? content) => content switch
    {
        null => [],
        MemberCardsJsonContent json => json.Body,
        ImageUploadContent upload => upload.Meta,
        _ => null,
    };
}
