using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using MemberCards.Sdk.Serialization;

namespace MemberCards.Sdk.WeChat;

/// <summary>The default <see cref="IWeChatCardClient"/> over an <see cref="HttpClient"/> whose handler adds the access_token.</summary>
internal sealed class WeChatCardClient(HttpClient http, string appId) : IWeChatCardClient
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    public string AppId { get; } = appId;

    public Task<WeChatCreateCardResponse> CreateMemberCardAsync(WeChatCreateMemberCardRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        WeChatRequestValidator.ValidateCreate(request.MemberCard);
        var envelope = new CardEnvelope { Card = new CardBody { CardType = "MEMBER_CARD", MemberCard = request.MemberCard } };
        return PostAsync<CardEnvelope, WeChatCreateCardResponse>("card/create", envelope, cancellationToken);
    }

    public Task<WeChatResponse> SetTestWhiteListAsync(WeChatSetTestWhiteListRequest request, CancellationToken cancellationToken = default)
    {
        WeChatRequestValidator.ValidateWhiteList(request);
        return PostAsync<WeChatSetTestWhiteListRequest, WeChatResponse>("card/testwhitelist/set", request, cancellationToken);
    }

    public Task<WeChatCreateQrCodeResponse> CreateQrCodeAsync(WeChatCreateQrCodeRequest request, CancellationToken cancellationToken = default)
    {
        WeChatRequestValidator.ValidateQrCode(request);
        return PostAsync<WeChatCreateQrCodeRequest, WeChatCreateQrCodeResponse>("card/qrcode/create", request, cancellationToken);
    }

    public Task<WeChatUploadImageResponse> UploadImageAsync(WeChatUploadImageRequest request, CancellationToken cancellationToken = default)
    {
        WeChatRequestValidator.ValidateUploadImage(request);
        // WeChat's upload endpoints want an unquoted boundary and a plain filename (no RFC 5987 filename*).
        var boundary = "MemberCards" + Guid.NewGuid().ToString("N");
        var form = new MultipartFormDataContent(boundary);
        form.Headers.Remove("Content-Type");
        form.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=" + boundary);
        var file = new ReadOnlyMemoryContent(request.Content);
        file.Headers.ContentType = new MediaTypeHeaderValue(request.FileName.EndsWith(".png", StringComparison.OrdinalIgnoreCase) ? "image/png" : "image/jpeg");
        var fileName = Path.GetFileName(request.FileName).Replace("\"", string.Empty, StringComparison.Ordinal);
        file.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"buffer\"", FileName = "\"" + fileName + "\"" };
        form.Add(file);
        return SendAsync<WeChatUploadImageResponse>("cgi-bin/media/uploadimg", form, cancellationToken);
    }

    public Task<WeChatResponse> ActivateMemberCardAsync(WeChatActivateMemberCardRequest request, CancellationToken cancellationToken = default)
    {
        WeChatRequestValidator.ValidateActivate(request);
        return PostAsync<WeChatActivateMemberCardRequest, WeChatResponse>("card/membercard/activate", request, cancellationToken);
    }

    public Task<WeChatResponse> SetActivateUserFormAsync(WeChatSetActivateUserFormRequest request, CancellationToken cancellationToken = default)
    {
        WeChatRequestValidator.ValidateUserForm(request);
        return PostAsync<WeChatSetActivateUserFormRequest, WeChatResponse>("card/membercard/activateuserform/set", request, cancellationToken);
    }

    public Task<WeChatGetActivateTempInfoResponse> GetActivateTempInfoAsync(WeChatGetActivateTempInfoRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        WeChatRequestValidator.RequiredText(request.ActivateTicket, "activate_ticket", 512);
        return PostAsync<WeChatGetActivateTempInfoRequest, WeChatGetActivateTempInfoResponse>("card/membercard/activatetempinfo/get", request, cancellationToken);
    }

    public Task<WeChatGetMemberInfoResponse> GetMemberInfoAsync(WeChatGetMemberInfoRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        WeChatRequestValidator.RequiredText(request.CardId, "card_id", 32);
        WeChatRequestValidator.RequiredText(request.Code, "code", 20);
        return PostAsync<WeChatGetMemberInfoRequest, WeChatGetMemberInfoResponse>("card/membercard/userinfo/get", request, cancellationToken);
    }

    public Task<WeChatUpdateMemberResponse> UpdateMemberAsync(WeChatUpdateMemberRequest request, CancellationToken cancellationToken = default)
    {
        WeChatRequestValidator.ValidateUpdateUser(request);
        return PostAsync<WeChatUpdateMemberRequest, WeChatUpdateMemberResponse>("card/membercard/updateuser", request, cancellationToken);
    }

    public Task<WeChatGetCardResponse> GetCardAsync(WeChatCardIdRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        WeChatRequestValidator.RequiredText(request.CardId, "card_id", 32);
        return PostAsync<WeChatCardIdRequest, WeChatGetCardResponse>("card/get", request, cancellationToken);
    }

    public Task<WeChatUpdateCardResponse> UpdateCardAsync(WeChatUpdateCardRequest request, CancellationToken cancellationToken = default)
    {
        WeChatRequestValidator.ValidateUpdate(request);
        return PostAsync<WeChatUpdateCardRequest, WeChatUpdateCardResponse>("card/update", request, cancellationToken);
    }

    public Task<WeChatGetCodeResponse> GetCodeAsync(WeChatGetCodeRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        WeChatRequestValidator.RequiredText(request.Code, "code", 20);
        return PostAsync<WeChatGetCodeRequest, WeChatGetCodeResponse>("card/code/get", request, cancellationToken);
    }

    public Task<WeChatDecryptCodeResponse> DecryptCodeAsync(WeChatDecryptCodeRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        WeChatRequestValidator.RequiredText(request.EncryptCode, "encrypt_code", 512);
        return PostAsync<WeChatDecryptCodeRequest, WeChatDecryptCodeResponse>("card/code/decrypt", request, cancellationToken);
    }

    public Task<WeChatResponse> DeleteCardAsync(WeChatCardIdRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        WeChatRequestValidator.RequiredText(request.CardId, "card_id", 32);
        return PostAsync<WeChatCardIdRequest, WeChatResponse>("card/delete", request, cancellationToken);
    }

    public Task<WeChatResponse> MakeCodeUnavailableAsync(WeChatMakeCodeUnavailableRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        WeChatRequestValidator.RequiredText(request.Code, "code", 20);
        return PostAsync<WeChatMakeCodeUnavailableRequest, WeChatResponse>("card/code/unavailable", request, cancellationToken);
    }

    private Task<TResponse> PostAsync<TRequest, TResponse>(string path, TRequest request, CancellationToken cancellationToken)
        where TResponse : WeChatResponse
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(request, WeChatJsonContext.Info<TRequest>()));
        content.Headers.ContentType = Json;
        return SendAsync<TResponse>(path, content, cancellationToken);
    }

    private async Task<TResponse> SendAsync<TResponse>(string path, HttpContent content, CancellationToken cancellationToken)
        where TResponse : WeChatResponse
    {
        var operation = "POST /" + path;
        using var message = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = content };
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
        {
            throw new MemberCardsOutcomeUnknownException(WeChatService.Name, operation, null, ex);
        }

        using (response)
        {
            byte[] bytes;
            try
            {
                bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpRequestException or IOException && !cancellationToken.IsCancellationRequested)
            {
                throw new MemberCardsOutcomeUnknownException(WeChatService.Name, operation, (int)response.StatusCode, ex);
            }

            var status = (int)response.StatusCode;
            if (status >= 500)
            {
                throw new MemberCardsOutcomeUnknownException(WeChatService.Name, operation, status, null);
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new MemberCardsApiException(WeChatService.Name, status, null, response.ReasonPhrase, null);
            }

            var answer = MemberCardsJson.Deserialize(bytes, WeChatJsonContext.Info<TResponse>(), WeChatService.Name);
            if (answer.ErrorCode != 0)
            {
                throw new MemberCardsApiException(WeChatService.Name, status, answer.ErrorCode.ToString(CultureInfo.InvariantCulture), answer.ErrorMessage, WeChatRid.Of(answer.ErrorMessage));
            }

            return answer;
        }
    }
}
