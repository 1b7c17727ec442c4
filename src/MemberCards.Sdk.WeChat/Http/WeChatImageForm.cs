using System.Net.Http.Headers;

namespace MemberCards.Sdk.WeChat;

/// <summary>The multipart body of <c>cgi-bin/media/uploadimg</c>, as WeChat reads it.</summary>
internal static class WeChatImageForm
{
    /// <summary>
    /// The image as the form's <c>buffer</c> part. WeChat wants an unquoted boundary and a plain file name
    /// (no RFC 5987 <c>filename*</c>), which Refit's <c>[Multipart]</c> does not write.
    /// </summary>
    /// <param name="request">A validated upload.</param>
    /// <returns>The body.</returns>
    public static HttpContent Of(WeChatUploadImageRequest request)
    {
        var boundary = "MemberCards" + Guid.NewGuid().ToString("N");
        var form = new MultipartFormDataContent(boundary);
        form.Headers.Remove("Content-Type");
        form.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=" + boundary);
        var file = new ByteArrayContent(request.Content);
        file.Headers.ContentType = new MediaTypeHeaderValue(request.FileName.EndsWith(".png", StringComparison.OrdinalIgnoreCase) ? "image/png" : "image/jpeg");
        var fileName = Path.GetFileName(request.FileName).Replace("\"", string.Empty, StringComparison.Ordinal);
        file.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"buffer\"", FileName = "\"" + fileName + "\"" };
        form.Add(file);
        return form;
    }
}
