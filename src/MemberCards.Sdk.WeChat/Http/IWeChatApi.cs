namespace MemberCards.Sdk.WeChat;

/// <summary>
/// The wire contract of every WeChat endpoint the SDK calls, one line each: method, path and query names.
/// The access_token is not a parameter: <see cref="WeChatAccessTokenHandler"/> adds it to every call of the
/// card client (the token endpoints run over a client without that handler). Used through the generated
/// client only (<c>RestService.ForGenerated</c>).
/// </summary>
internal interface IWeChatApi
{
    [Get(WeChatConstants.GetClassicTokenPath + "?grant_type=client_credential")] Task<AccessTokenResponse> GetClassicTokenAsync([AliasAs("appid")] string appId, [AliasAs("secret")] string secret, CancellationToken cancellationToken);

    [Post(WeChatConstants.GetStableTokenPath)] Task<AccessTokenResponse> GetStableTokenAsync([Body(buffered: true)] StableTokenRequest request, CancellationToken cancellationToken);

    [Get(WeChatConstants.GetTicketPath)] Task<TicketResponse> GetTicketAsync([AliasAs("type")] string type, CancellationToken cancellationToken);

    [Post(WeChatConstants.CreateCardPath)] Task<WeChatCreateCardResponse> CreateCardAsync([Body(buffered: true)] CardEnvelope request, CancellationToken cancellationToken);

    [Post(WeChatConstants.SetTestWhiteListPath)] Task<WeChatResponse> SetTestWhiteListAsync([Body(buffered: true)] WeChatSetTestWhiteListRequest request, CancellationToken cancellationToken);

    [Post(WeChatConstants.CreateQrCodePath)] Task<WeChatCreateQrCodeResponse> CreateQrCodeAsync([Body(buffered: true)] WeChatCreateQrCodeRequest request, CancellationToken cancellationToken);

    // A prepared multipart body: WeChat wants an unquoted boundary, which Refit's [Multipart] does not write.
    [Post(WeChatConstants.UploadImagePath)] Task<WeChatUploadImageResponse> UploadImageAsync([Body] HttpContent content, CancellationToken cancellationToken);

    [Post(WeChatConstants.ActivateMemberCardPath)] Task<WeChatResponse> ActivateMemberCardAsync([Body(buffered: true)] WeChatActivateMemberCardRequest request, CancellationToken cancellationToken);

    [Post(WeChatConstants.SetActivateUserFormPath)] Task<WeChatResponse> SetActivateUserFormAsync([Body(buffered: true)] WeChatSetActivateUserFormRequest request, CancellationToken cancellationToken);

    [Post(WeChatConstants.GetActivateTempInfoPath)] Task<WeChatGetActivateTempInfoResponse> GetActivateTempInfoAsync([Body(buffered: true)] WeChatGetActivateTempInfoRequest request, CancellationToken cancellationToken);

    [Post(WeChatConstants.GetMemberInfoPath)] Task<WeChatGetMemberInfoResponse> GetMemberInfoAsync([Body(buffered: true)] WeChatGetMemberInfoRequest request, CancellationToken cancellationToken);

    [Post(WeChatConstants.UpdateMemberPath)] Task<WeChatUpdateMemberResponse> UpdateMemberAsync([Body(buffered: true)] WeChatUpdateMemberRequest request, CancellationToken cancellationToken);

    [Post(WeChatConstants.GetCardPath)] Task<WeChatGetCardResponse> GetCardAsync([Body(buffered: true)] WeChatCardIdRequest request, CancellationToken cancellationToken);

    [Post(WeChatConstants.UpdateCardPath)] Task<WeChatUpdateCardResponse> UpdateCardAsync([Body(buffered: true)] WeChatUpdateCardRequest request, CancellationToken cancellationToken);

    [Post(WeChatConstants.GetCodePath)] Task<WeChatGetCodeResponse> GetCodeAsync([Body(buffered: true)] WeChatGetCodeRequest request, CancellationToken cancellationToken);

    [Post(WeChatConstants.DecryptCodePath)] Task<WeChatDecryptCodeResponse> DecryptCodeAsync([Body(buffered: true)] WeChatDecryptCodeRequest request, CancellationToken cancellationToken);

    [Post(WeChatConstants.DeleteCardPath)] Task<WeChatResponse> DeleteCardAsync([Body(buffered: true)] WeChatCardIdRequest request, CancellationToken cancellationToken);

    [Post(WeChatConstants.MakeCodeUnavailablePath)] Task<WeChatResponse> MakeCodeUnavailableAsync([Body(buffered: true)] WeChatMakeCodeUnavailableRequest request, CancellationToken cancellationToken);

    [Post(WeChatConstants.CreateLandingPagePath)] Task<WeChatCreateLandingPageResponse> CreateLandingPageAsync([Body(buffered: true)] WeChatCreateLandingPageRequest request, CancellationToken cancellationToken);

    [Post(WeChatConstants.GetMpNewsHtmlPath)] Task<WeChatGetMpNewsHtmlResponse> GetMpNewsHtmlAsync([Body(buffered: true)] WeChatCardIdRequest request, CancellationToken cancellationToken);

    [Post(WeChatConstants.GetUserCardListPath)] Task<WeChatGetUserCardListResponse> GetUserCardListAsync([Body(buffered: true)] WeChatGetUserCardListRequest request, CancellationToken cancellationToken);

    [Post(WeChatConstants.BatchGetCardsPath)] Task<WeChatBatchGetCardsResponse> BatchGetCardsAsync([Body(buffered: true)] WeChatBatchGetCardsRequest request, CancellationToken cancellationToken);

    [Post(WeChatConstants.ModifyStockPath)] Task<WeChatResponse> ModifyStockAsync([Body(buffered: true)] WeChatModifyStockRequest request, CancellationToken cancellationToken);

    [Post(WeChatConstants.DepositCodesPath)] Task<WeChatDepositCodesResponse> DepositCodesAsync([Body(buffered: true)] WeChatCardCodesRequest request, CancellationToken cancellationToken);

    [Post(WeChatConstants.GetDepositCountPath)] Task<WeChatGetDepositCountResponse> GetDepositCountAsync([Body(buffered: true)] WeChatCardIdRequest request, CancellationToken cancellationToken);

    [Post(WeChatConstants.CheckCodesPath)] Task<WeChatCheckCodesResponse> CheckCodesAsync([Body(buffered: true)] WeChatCardCodesRequest request, CancellationToken cancellationToken);

    [Post(WeChatConstants.AddPayGiftCardRulePath)] Task<WeChatAddPayGiftCardRuleResponse> AddPayGiftCardRuleAsync([Body(buffered: true)] WeChatAddPayGiftCardRuleRequest request, CancellationToken cancellationToken);

    [Post(WeChatConstants.DeletePayGiftCardRulePath)] Task<WeChatResponse> DeletePayGiftCardRuleAsync([Body(buffered: true)] WeChatPayGiftCardRuleIdRequest request, CancellationToken cancellationToken);

    [Post(WeChatConstants.GetPayGiftCardRulePath)] Task<WeChatGetPayGiftCardRuleResponse> GetPayGiftCardRuleAsync([Body(buffered: true)] WeChatPayGiftCardRuleIdRequest request, CancellationToken cancellationToken);

    [Post(WeChatConstants.BatchGetPayGiftCardRulesPath)] Task<WeChatBatchGetPayGiftCardRulesResponse> BatchGetPayGiftCardRulesAsync([Body(buffered: true)] WeChatBatchGetPayGiftCardRulesRequest request, CancellationToken cancellationToken);

    [Post(WeChatConstants.GetCardBizDataPath)] Task<WeChatCardBizDataResponse> GetCardBizDataAsync([Body(buffered: true)] WeChatCardDataRequest request, CancellationToken cancellationToken);

    [Post(WeChatConstants.GetCardCardDataPath)] Task<WeChatCardCardDataResponse> GetCardCardDataAsync([Body(buffered: true)] WeChatCardCardDataRequest request, CancellationToken cancellationToken);

    [Post(WeChatConstants.GetMemberCardDataPath)] Task<WeChatMemberCardDataResponse> GetMemberCardDataAsync([Body(buffered: true)] WeChatCardDataRequest request, CancellationToken cancellationToken);

    [Post(WeChatConstants.GetMemberCardDetailDataPath)] Task<WeChatMemberCardDetailDataResponse> GetMemberCardDetailDataAsync([Body(buffered: true)] WeChatMemberCardDetailDataRequest request, CancellationToken cancellationToken);

    [Post(WeChatConstants.SendCardMessagePath)] Task<WeChatResponse> SendCardMessageAsync([Body(buffered: true)] WeChatSendCardMessageRequest request, CancellationToken cancellationToken);

    [Post(WeChatConstants.MassSendCardPath)] Task<WeChatMassSendResponse> MassSendCardAsync([Body(buffered: true)] WeChatMassSendCardRequest request, CancellationToken cancellationToken);

    [Post(WeChatConstants.MassSendCardToUsersPath)] Task<WeChatMassSendResponse> MassSendCardToUsersAsync([Body(buffered: true)] WeChatMassSendCardToUsersRequest request, CancellationToken cancellationToken);

    [Post(WeChatConstants.PreviewCardMessagePath)] Task<WeChatMassSendResponse> PreviewCardMessageAsync([Body(buffered: true)] WeChatPreviewCardMessageRequest request, CancellationToken cancellationToken);
}
