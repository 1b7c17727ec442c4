namespace MemberCards.Sdk.WeChat;

/// <summary>
/// The wire contract of every WeChat endpoint the SDK calls, one line each: method, path and query names.
/// The access_token is not a parameter: <see cref="WeChatAccessTokenHandler"/> adds it to every call of the
/// card client (the token endpoints run over a client without that handler). Used through the generated
/// client only (<c>RestService.ForGenerated</c>).
/// </summary>
internal interface IWeChatApi
{
    [Get("/cgi-bin/token?grant_type=client_credential")] Task<AccessTokenResponse> GetClassicTokenAsync([AliasAs("appid")] string appId, [AliasAs("secret")] string secret, CancellationToken cancellationToken);

    [Post("/cgi-bin/stable_token")] Task<AccessTokenResponse> GetStableTokenAsync([Body(buffered: true)] StableTokenRequest request, CancellationToken cancellationToken);

    [Get("/cgi-bin/ticket/getticket")] Task<TicketResponse> GetTicketAsync([AliasAs("type")] string type, CancellationToken cancellationToken);

    [Post("/card/create")] Task<WeChatCreateCardResponse> CreateCardAsync([Body(buffered: true)] CardEnvelope request, CancellationToken cancellationToken);

    [Post("/card/testwhitelist/set")] Task<WeChatResponse> SetTestWhiteListAsync([Body(buffered: true)] WeChatSetTestWhiteListRequest request, CancellationToken cancellationToken);

    [Post("/card/qrcode/create")] Task<WeChatCreateQrCodeResponse> CreateQrCodeAsync([Body(buffered: true)] WeChatCreateQrCodeRequest request, CancellationToken cancellationToken);

    // A prepared multipart body: WeChat wants an unquoted boundary, which Refit's [Multipart] does not write.
    [Post("/cgi-bin/media/uploadimg")] Task<WeChatUploadImageResponse> UploadImageAsync([Body] HttpContent content, CancellationToken cancellationToken);

    [Post("/card/membercard/activate")] Task<WeChatResponse> ActivateMemberCardAsync([Body(buffered: true)] WeChatActivateMemberCardRequest request, CancellationToken cancellationToken);

    [Post("/card/membercard/activateuserform/set")] Task<WeChatResponse> SetActivateUserFormAsync([Body(buffered: true)] WeChatSetActivateUserFormRequest request, CancellationToken cancellationToken);

    [Post("/card/membercard/activatetempinfo/get")] Task<WeChatGetActivateTempInfoResponse> GetActivateTempInfoAsync([Body(buffered: true)] WeChatGetActivateTempInfoRequest request, CancellationToken cancellationToken);

    [Post("/card/membercard/userinfo/get")] Task<WeChatGetMemberInfoResponse> GetMemberInfoAsync([Body(buffered: true)] WeChatGetMemberInfoRequest request, CancellationToken cancellationToken);

    [Post("/card/membercard/updateuser")] Task<WeChatUpdateMemberResponse> UpdateMemberAsync([Body(buffered: true)] WeChatUpdateMemberRequest request, CancellationToken cancellationToken);

    [Post("/card/get")] Task<WeChatGetCardResponse> GetCardAsync([Body(buffered: true)] WeChatCardIdRequest request, CancellationToken cancellationToken);

    [Post("/card/update")] Task<WeChatUpdateCardResponse> UpdateCardAsync([Body(buffered: true)] WeChatUpdateCardRequest request, CancellationToken cancellationToken);

    [Post("/card/code/get")] Task<WeChatGetCodeResponse> GetCodeAsync([Body(buffered: true)] WeChatGetCodeRequest request, CancellationToken cancellationToken);

    [Post("/card/code/decrypt")] Task<WeChatDecryptCodeResponse> DecryptCodeAsync([Body(buffered: true)] WeChatDecryptCodeRequest request, CancellationToken cancellationToken);

    [Post("/card/delete")] Task<WeChatResponse> DeleteCardAsync([Body(buffered: true)] WeChatCardIdRequest request, CancellationToken cancellationToken);

    [Post("/card/code/unavailable")] Task<WeChatResponse> MakeCodeUnavailableAsync([Body(buffered: true)] WeChatMakeCodeUnavailableRequest request, CancellationToken cancellationToken);

    [Post("/card/landingpage/create")] Task<WeChatCreateLandingPageResponse> CreateLandingPageAsync([Body(buffered: true)] WeChatCreateLandingPageRequest request, CancellationToken cancellationToken);

    [Post("/card/mpnews/gethtml")] Task<WeChatGetMpNewsHtmlResponse> GetMpNewsHtmlAsync([Body(buffered: true)] WeChatCardIdRequest request, CancellationToken cancellationToken);

    [Post("/card/user/getcardlist")] Task<WeChatGetUserCardListResponse> GetUserCardListAsync([Body(buffered: true)] WeChatGetUserCardListRequest request, CancellationToken cancellationToken);

    [Post("/card/batchget")] Task<WeChatBatchGetCardsResponse> BatchGetCardsAsync([Body(buffered: true)] WeChatBatchGetCardsRequest request, CancellationToken cancellationToken);

    [Post("/card/modifystock")] Task<WeChatResponse> ModifyStockAsync([Body(buffered: true)] WeChatModifyStockRequest request, CancellationToken cancellationToken);

    [Post("/card/code/deposit")] Task<WeChatDepositCodesResponse> DepositCodesAsync([Body(buffered: true)] WeChatCardCodesRequest request, CancellationToken cancellationToken);

    [Post("/card/code/getdepositcount")] Task<WeChatGetDepositCountResponse> GetDepositCountAsync([Body(buffered: true)] WeChatCardIdRequest request, CancellationToken cancellationToken);

    [Post("/card/code/checkcode")] Task<WeChatCheckCodesResponse> CheckCodesAsync([Body(buffered: true)] WeChatCardCodesRequest request, CancellationToken cancellationToken);

    [Post("/card/paygiftcard/add")] Task<WeChatAddPayGiftCardRuleResponse> AddPayGiftCardRuleAsync([Body(buffered: true)] WeChatAddPayGiftCardRuleRequest request, CancellationToken cancellationToken);

    [Post("/card/paygiftcard/delete")] Task<WeChatResponse> DeletePayGiftCardRuleAsync([Body(buffered: true)] WeChatPayGiftCardRuleIdRequest request, CancellationToken cancellationToken);

    [Post("/card/paygiftcard/getbyid")] Task<WeChatGetPayGiftCardRuleResponse> GetPayGiftCardRuleAsync([Body(buffered: true)] WeChatPayGiftCardRuleIdRequest request, CancellationToken cancellationToken);

    [Post("/card/paygiftcard/batchget")] Task<WeChatBatchGetPayGiftCardRulesResponse> BatchGetPayGiftCardRulesAsync([Body(buffered: true)] WeChatBatchGetPayGiftCardRulesRequest request, CancellationToken cancellationToken);

    [Post("/datacube/getcardbizuininfo")] Task<WeChatCardBizDataResponse> GetCardBizDataAsync([Body(buffered: true)] WeChatCardDataRequest request, CancellationToken cancellationToken);

    [Post("/datacube/getcardcardinfo")] Task<WeChatCardCardDataResponse> GetCardCardDataAsync([Body(buffered: true)] WeChatCardCardDataRequest request, CancellationToken cancellationToken);

    [Post("/datacube/getcardmembercardinfo")] Task<WeChatMemberCardDataResponse> GetMemberCardDataAsync([Body(buffered: true)] WeChatCardDataRequest request, CancellationToken cancellationToken);

    [Post("/datacube/getcardmembercarddetail")] Task<WeChatMemberCardDetailDataResponse> GetMemberCardDetailDataAsync([Body(buffered: true)] WeChatMemberCardDetailDataRequest request, CancellationToken cancellationToken);

    [Post("/cgi-bin/message/custom/send")] Task<WeChatResponse> SendCardMessageAsync([Body(buffered: true)] WeChatSendCardMessageRequest request, CancellationToken cancellationToken);

    [Post("/cgi-bin/message/mass/sendall")] Task<WeChatMassSendResponse> MassSendCardAsync([Body(buffered: true)] WeChatMassSendCardRequest request, CancellationToken cancellationToken);

    [Post("/cgi-bin/message/mass/send")] Task<WeChatMassSendResponse> MassSendCardToUsersAsync([Body(buffered: true)] WeChatMassSendCardToUsersRequest request, CancellationToken cancellationToken);

    [Post("/cgi-bin/message/mass/preview")] Task<WeChatMassSendResponse> PreviewCardMessageAsync([Body(buffered: true)] WeChatPreviewCardMessageRequest request, CancellationToken cancellationToken);
}
