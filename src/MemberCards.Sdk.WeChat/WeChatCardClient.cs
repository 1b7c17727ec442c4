using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;

namespace MemberCards.Sdk.WeChat;

/// <summary>
/// The default <see cref="IWeChatCardClient"/>: validates each request, then calls <see cref="IWeChatApi"/> (the wire
/// contract) over the registration's pipeline, which adds the access_token and maps errcodes to exceptions.
/// </summary>
internal sealed class WeChatCardClient(IWeChatApi api, string appId, ILogger logger) : IWeChatCardClient
{

    public string AppId { get; } = appId;

    public Task<WeChatCreateCardResponse> CreateMemberCardAsync(WeChatCreateMemberCardRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        WeChatRequestValidator.ValidateCreate(request.MemberCard);
        WarnIgnoredActivation(request.MemberCard);
        var envelope = new CardEnvelope { Card = new CardBody { CardType = WeChatConstants.MemberCardType, MemberCard = request.MemberCard } };
        return CallAsync(api.CreateCardAsync(envelope, cancellationToken), "CreateCard");
    }

    public Task<WeChatResponse> SetTestWhiteListAsync(WeChatSetTestWhiteListRequest request, CancellationToken cancellationToken = default)
    {
        WeChatRequestValidator.ValidateWhiteList(request);
        return CallAsync(api.SetTestWhiteListAsync(request, cancellationToken), "SetTestWhiteList");
    }

    public Task<WeChatCreateQrCodeResponse> CreateQrCodeAsync(WeChatCreateQrCodeRequest request, CancellationToken cancellationToken = default)
    {
        WeChatRequestValidator.ValidateQrCode(request);
        return CallAsync(api.CreateQrCodeAsync(request, cancellationToken), "CreateQrCode");
    }

    public Task<WeChatUploadImageResponse> UploadImageAsync(WeChatUploadImageRequest request, CancellationToken cancellationToken = default)
    {
        WeChatRequestValidator.ValidateUploadImage(request);
        // WeChat's upload endpoints want an unquoted boundary and a plain filename (no RFC 5987 filename*).
        var boundary = "MemberCards" + Guid.NewGuid().ToString("N");
        var form = new MultipartFormDataContent(boundary);
        form.Headers.Remove("Content-Type");
        form.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=" + boundary);
        var file = new ByteArrayContent(request.Content);
        file.Headers.ContentType = new MediaTypeHeaderValue(request.FileName.EndsWith(".png", StringComparison.OrdinalIgnoreCase) ? "image/png" : "image/jpeg");
        var fileName = Path.GetFileName(request.FileName).Replace("\"", string.Empty, StringComparison.Ordinal);
        file.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"buffer\"", FileName = "\"" + fileName + "\"" };
        form.Add(file);
        return CallAsync(api.UploadImageAsync(form, cancellationToken), "UploadImage");
    }

    public Task<WeChatResponse> ActivateMemberCardAsync(WeChatActivateMemberCardRequest request, CancellationToken cancellationToken = default)
    {
        WeChatRequestValidator.ValidateActivate(request);
        return CallAsync(api.ActivateMemberCardAsync(request, cancellationToken), "ActivateMemberCard");
    }

    public Task<WeChatResponse> SetActivateUserFormAsync(WeChatSetActivateUserFormRequest request, CancellationToken cancellationToken = default)
    {
        WeChatRequestValidator.ValidateUserForm(request);
        return CallAsync(api.SetActivateUserFormAsync(request, cancellationToken), "SetActivateUserForm");
    }

    public Task<WeChatGetActivateTempInfoResponse> GetActivateTempInfoAsync(WeChatGetActivateTempInfoRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        WeChatRequestValidator.RequiredText(request.ActivateTicket, "activate_ticket", 512);
        return CallAsync(api.GetActivateTempInfoAsync(request, cancellationToken), "GetActivateTempInfo");
    }

    public Task<WeChatGetMemberInfoResponse> GetMemberInfoAsync(WeChatGetMemberInfoRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        WeChatRequestValidator.RequiredText(request.CardId, "card_id", 32);
        WeChatRequestValidator.RequiredText(request.Code, "code", 20);
        return CallAsync(api.GetMemberInfoAsync(request, cancellationToken), "GetMemberInfo");
    }

    public Task<WeChatUpdateMemberResponse> UpdateMemberAsync(WeChatUpdateMemberRequest request, CancellationToken cancellationToken = default)
    {
        WeChatRequestValidator.ValidateUpdateUser(request);
        return CallAsync(api.UpdateMemberAsync(request, cancellationToken), "UpdateMember");
    }

    public Task<WeChatGetCardResponse> GetCardAsync(WeChatCardIdRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        WeChatRequestValidator.RequiredText(request.CardId, "card_id", 32);
        return CallAsync(api.GetCardAsync(request, cancellationToken), "GetCard");
    }

    public Task<WeChatUpdateCardResponse> UpdateCardAsync(WeChatUpdateCardRequest request, CancellationToken cancellationToken = default)
    {
        WeChatRequestValidator.ValidateUpdate(request);
        if (request.MemberCard is { } card)
        {
            WarnIgnoredActivation(card);
        }

        return CallAsync(api.UpdateCardAsync(request, cancellationToken), "UpdateCard");
    }

    public Task<WeChatGetCodeResponse> GetCodeAsync(WeChatGetCodeRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        WeChatRequestValidator.RequiredText(request.Code, "code", 20);
        return CallAsync(api.GetCodeAsync(request, cancellationToken), "GetCode");
    }

    public Task<WeChatDecryptCodeResponse> DecryptCodeAsync(WeChatDecryptCodeRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        WeChatRequestValidator.RequiredText(request.EncryptCode, "encrypt_code", 512);
        return CallAsync(api.DecryptCodeAsync(request, cancellationToken), "DecryptCode");
    }

    public Task<WeChatResponse> DeleteCardAsync(WeChatCardIdRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        WeChatRequestValidator.RequiredText(request.CardId, "card_id", 32);
        return CallAsync(api.DeleteCardAsync(request, cancellationToken), "DeleteCard");
    }

    public Task<WeChatResponse> MakeCodeUnavailableAsync(WeChatMakeCodeUnavailableRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        WeChatRequestValidator.RequiredText(request.Code, "code", 20);
        return CallAsync(api.MakeCodeUnavailableAsync(request, cancellationToken), "MakeCodeUnavailable");
    }

    public Task<WeChatCreateLandingPageResponse> CreateLandingPageAsync(WeChatCreateLandingPageRequest request, CancellationToken cancellationToken = default)
    {
        WeChatRequestValidator.ValidateLandingPage(request);
        return CallAsync(api.CreateLandingPageAsync(request, cancellationToken), "CreateLandingPage");
    }

    public Task<WeChatGetMpNewsHtmlResponse> GetMpNewsHtmlAsync(WeChatCardIdRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        WeChatRequestValidator.RequiredText(request.CardId, "card_id", 32);
        return CallAsync(api.GetMpNewsHtmlAsync(request, cancellationToken), "GetMpNewsHtml");
    }

    private void WarnIgnoredActivation(WeChatMemberCard card)
    {
        if (WeChatRequestValidator.IgnoredActivationFields(card) is { } ignored)
        {
            WeChatLog.ActivationFieldIgnored(logger, AppId, ignored.Ignored, ignored.Winner);
        }
    }

    private static async Task<TResponse> CallAsync<TResponse>(Task<TResponse> call, string operation)
        where TResponse : WeChatResponse
        => await call.ConfigureAwait(false) ?? throw new MemberCardsFormatException(WeChatConstants.ServiceName, "the answer of " + operation, "$", "The body is JSON null.");
}
