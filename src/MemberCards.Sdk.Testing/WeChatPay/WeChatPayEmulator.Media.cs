using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace MemberCards.Sdk.Testing.WeChatPay;

/// <summary>
/// The brand-direct image upload (<c>POST /brand/card-member/media/image-upload</c>, B4015680641) and the images it
/// stored, served unsigned under <c>/emulator-media/{file_digest}</c> (the <c>media_url</c> it answers).
/// </summary>
public sealed partial class WeChatPayEmulator
{
    private const string MediaPath = "/emulator-media/";
    private readonly ConcurrentDictionary<string, (byte[] Content, string MediaType)> images = new(StringComparer.Ordinal);

    /// <summary>The image stored under <paramref name="mediaUrl"/> (a <c>media_url</c> the upload answered), or <see langword="null"/>.</summary>
    /// <param name="mediaUrl">The address.</param>
    /// <returns>A copy of the image's bytes.</returns>
    public byte[]? GetUploadedImage(string mediaUrl)
    {
        ArgumentNullException.ThrowIfNull(mediaUrl);
        var prefix = new Uri(BaseAddress, MediaPath).AbsoluteUri;
        return mediaUrl.StartsWith(prefix, StringComparison.Ordinal) && images.TryGetValue(mediaUrl[prefix.Length..], out var image) ? [.. image.Content] : null;
    }

    private void MapMediaRoutes(IEndpointRouteBuilder app)
    {
        app.MapMethods(WeChatPayConstants.BrandPrefix + WeChatPayConstants.ImageUploadPath, ["POST"], (RequestDelegate)UploadImageAsync);
        app.MapMethods(MediaPath + "{digest}", ["GET"], (RequestDelegate)ServeImageAsync);
    }

    /// <summary>
    /// Reads the <c>meta</c> and <c>file</c> parts, verifies the brand signature over the <c>meta</c> JSON exactly as
    /// sent, then refuses (400 <c>PARAM_ERROR</c>) a file over <see cref="UploadImageRequest.MaxBytes"/>, one that is
    /// not a JPG, BMP or PNG, a <c>filename</c> without a matching extension and a <c>file_digest</c> that is not the
    /// SHA-256 (lower-case hex) of the file part; stores the image and answers its <c>media_url</c>.
    /// </summary>
    private async Task UploadImageAsync(HttpContext context)
    {
        var parts = await ReadPartsAsync(context).ConfigureAwait(false);
        if (parts is not { } found || !found.TryGetValue("meta", out var meta) || !found.TryGetValue("file", out var file))
        {
            await ErrorAsync(context, 400, WeChatPayConstants.ParamErrorCode, "请求体须为 multipart/form-data，含 meta 与 file 两部分: the body must be multipart/form-data with a meta and a file part").ConfigureAwait(false);
            return;
        }

        var signed = await AuthenticateAsync(context, meta).ConfigureAwait(false);
        if (signed is null || await ReadJsonObjectAsync(context, signed).ConfigureAwait(false) is not { } json
            || !await RequireAsync(context, json, ("filename", UploadImageRequest.MaxFileNameLength), ("file_digest", 64)).ConfigureAwait(false))
        {
            return;
        }

        var mediaType = UploadImageRequest.MediaTypeOf(file);
        var digest = Convert.ToHexStringLower(SHA256.HashData(file));
        var problem = file.Length > UploadImageRequest.MaxBytes ? $"图片大小超过限制: the file is {file.Length} bytes, more than {UploadImageRequest.MaxBytes}"
            : mediaType is null ? "图片格式错误: the file is not a JPG, BMP or PNG"
            : UploadImageRequest.MediaTypeOfFileName((string)json["filename"]!) != mediaType ? "filename 后缀错误: filename must end in .jpg, .bmp or .png as the file is"
            : (string?)json["file_digest"] != digest ? "file_digest 与文件不符: file_digest is not the SHA-256 (lower-case hex) of the file part"
            : null;
        if (problem is not null)
        {
            await ErrorAsync(context, 400, WeChatPayConstants.ParamErrorCode, problem).ConfigureAwait(false);
            return;
        }

        images[digest] = (file, mediaType!);
        await AnswerAsync(context, 200, new JsonObject { ["media_url"] = new Uri(BaseAddress, MediaPath + digest).AbsoluteUri }).ConfigureAwait(false);
    }

    /// <summary>The body's form parts by name (each part's bytes exactly as sent), or <see langword="null"/> when it is not a multipart form.</summary>
    private static async Task<Dictionary<string, byte[]>?> ReadPartsAsync(HttpContext context)
    {
        if (!MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var type) || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 } boundary)
        {
            return null;
        }

        var body = await ReadBodyAsync(context).ConfigureAwait(false);
        var reader = new MultipartReader(boundary, new MemoryStream(body)) { BodyLengthLimit = null };
        var parts = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        try
        {
            while (await reader.ReadNextSectionAsync(context.RequestAborted).ConfigureAwait(false) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || HeaderUtilities.RemoveQuotes(disposition.Name).Value is not { Length: > 0 } name)
                {
                    return null;
                }

                using var part = new MemoryStream();
                await section.Body.CopyToAsync(part, context.RequestAborted).ConfigureAwait(false);
                parts[name] = part.ToArray();
            }
        }
        catch (IOException)
        {
            return null;
        }

        return parts;
    }

    private async Task ServeImageAsync(HttpContext context)
    {
        if (!images.TryGetValue(context.Request.RouteValues["digest"]?.ToString() ?? string.Empty, out var image))
        {
            context.Response.StatusCode = 404;
            return;
        }

        context.Response.ContentType = image.MediaType;
        context.Response.ContentLength = image.Content.Length;
        await context.Response.Body.WriteAsync(image.Content, context.RequestAborted).ConfigureAwait(false);
    }
}
