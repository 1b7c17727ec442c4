namespace MemberCards.Sdk.WeChat;

/// <summary>
/// The wire contract of every WeChat endpoint the SDK calls, one line each: method, path and query names.
/// The access_token is not a parameter: <see cref="WeChatAccessTokenHandler"/> adds it to every call of the
/// card client (the token endpoints run over a client without that handler). Used through the generated
/// client only (<c>RestService.ForGenerated</c>).
/// </summary>
internal interface IWeChatApi
{
    [Get(WeChatPaths.GetClassicToken + "?grant_type=client_credential")] Task<AccessTokenResponse> GetClassicTokenAsync([AliasAs("appid")] string appId, [AliasAs("secret")] string secret, CancellationToken cancellationToken);

    [Post(WeChatPaths.GetStableToken)] Task<AccessTokenResponse> GetStableTokenAsync([Body(buffered: true)] StableTokenRequest request, CancellationToken cancellationToken);

    [Get(WeChatPaths.GetTicket)] Task<TicketResponse> GetTicketAsync([AliasAs("type")] string type, CancellationToken cancellationToken);

    [Post(WeChatPaths.CreateCard)] Task<WeChatCreateCardResponse> CreateCardAsync([Body(buffered: true)] CardEnvelope request, CancellationToken cancellationToken);

    [Post(WeChatPaths.SetTestWhiteList)] Task<WeChatResponse> SetTestWhiteListAsync([Body(buffered: true)] WeChatSetTestWhiteListRequest request, CancellationToken cancellationToken);

    [Post(WeChatPaths.CreateQrCode)] Task<WeChatCreateQrCodeResponse> CreateQrCodeAsync([Body(buffered: true)] WeChatCreateQrCodeRequest request, CancellationToken cancellationToken);

    // A prepared multipart body: WeChat wants an unquoted boundary, which Refit's [Multipart] does not write.
    [Post(WeChatPaths.UploadImage)] Task<WeChatUploadImageResponse> UploadImageAsync([Body] HttpContent content, CancellationToken cancellationToken);

    [Post(WeChatPaths.ActivateMemberCard)] Task<WeChatResponse> ActivateMemberCardAsync([Body(buffered: true)] WeChatActivateMemberCardRequest request, CancellationToken cancellationToken);

    [Post(WeChatPaths.SetActivateUserForm)] Task<WeChatResponse> SetActivateUserFormAsync([Body(buffered: true)] WeChatSetActivateUserFormRequest request, CancellationToken cancellationToken);

    [Post(WeChatPaths.GetActivateTempInfo)] Task<WeChatGetActivateTempInfoResponse> GetActivateTempInfoAsync([Body(buffered: true)] WeChatGetActivateTempInfoRequest request, CancellationToken cancellationToken);

    [Post(WeChatPaths.GetMemberInfo)] Task<WeChatGetMemberInfoResponse> GetMemberInfoAsync([Body(buffered: true)] WeChatGetMemberInfoRequest request, CancellationToken cancellationToken);

    [Post(WeChatPaths.UpdateMember)] Task<WeChatUpdateMemberResponse> UpdateMemberAsync([Body(buffered: true)] WeChatUpdateMemberRequest request, CancellationToken cancellationToken);

    [Post(WeChatPaths.GetCard)] Task<WeChatGetCardResponse> GetCardAsync([Body(buffered: true)] WeChatCardIdRequest request, CancellationToken cancellationToken);

    [Post(WeChatPaths.UpdateCard)] Task<WeChatUpdateCardResponse> UpdateCardAsync([Body(buffered: true)] WeChatUpdateCardRequest request, CancellationToken cancellationToken);

    [Post(WeChatPaths.GetCode)] Task<WeChatGetCodeResponse> GetCodeAsync([Body(buffered: true)] WeChatGetCodeRequest request, CancellationToken cancellationToken);

    [Post(WeChatPaths.DecryptCode)] Task<WeChatDecryptCodeResponse> DecryptCodeAsync([Body(buffered: true)] WeChatDecryptCodeRequest request, CancellationToken cancellationToken);

    [Post(WeChatPaths.DeleteCard)] Task<WeChatResponse> DeleteCardAsync([Body(buffered: true)] WeChatCardIdRequest request, CancellationToken cancellationToken);

    [Post(WeChatPaths.MakeCodeUnavailable)] Task<WeChatResponse> MakeCodeUnavailableAsync([Body(buffered: true)] WeChatMakeCodeUnavailableRequest request, CancellationToken cancellationToken);

    [Post(WeChatPaths.CreateLandingPage)] Task<WeChatCreateLandingPageResponse> CreateLandingPageAsync([Body(buffered: true)] WeChatCreateLandingPageRequest request, CancellationToken cancellationToken);

    [Post(WeChatPaths.GetMpNewsHtml)] Task<WeChatGetMpNewsHtmlResponse> GetMpNewsHtmlAsync([Body(buffered: true)] WeChatCardIdRequest request, CancellationToken cancellationToken);

    [Post(WeChatPaths.GetUserCardList)] Task<WeChatGetUserCardListResponse> GetUserCardListAsync([Body(buffered: true)] WeChatGetUserCardListRequest request, CancellationToken cancellationToken);

    [Post(WeChatPaths.BatchGetCards)] Task<WeChatBatchGetCardsResponse> BatchGetCardsAsync([Body(buffered: true)] WeChatBatchGetCardsRequest request, CancellationToken cancellationToken);

    [Post(WeChatPaths.ModifyStock)] Task<WeChatResponse> ModifyStockAsync([Body(buffered: true)] WeChatModifyStockRequest request, CancellationToken cancellationToken);

    [Post(WeChatPaths.DepositCodes)] Task<WeChatDepositCodesResponse> DepositCodesAsync([Body(buffered: true)] WeChatCardCodesRequest request, CancellationToken cancellationToken);

    [Post(WeChatPaths.GetDepositCount)] Task<WeChatGetDepositCountResponse> GetDepositCountAsync([Body(buffered: true)] WeChatCardIdRequest request, CancellationToken cancellationToken);

    [Post(WeChatPaths.CheckCodes)] Task<WeChatCheckCodesResponse> CheckCodesAsync([Body(buffered: true)] WeChatCardCodesRequest request, CancellationToken cancellationToken);

    [Post(WeChatPaths.AddPayGiftCardRule)] Task<WeChatAddPayGiftCardRuleResponse> AddPayGiftCardRuleAsync([Body(buffered: true)] WeChatAddPayGiftCardRuleRequest request, CancellationToken cancellationToken);

    [Post(WeChatPaths.DeletePayGiftCardRule)] Task<WeChatResponse> DeletePayGiftCardRuleAsync([Body(buffered: true)] WeChatPayGiftCardRuleIdRequest request, CancellationToken cancellationToken);

    [Post(WeChatPaths.GetPayGiftCardRule)] Task<WeChatGetPayGiftCardRuleResponse> GetPayGiftCardRuleAsync([Body(buffered: true)] WeChatPayGiftCardRuleIdRequest request, CancellationToken cancellationToken);

    [Post(WeChatPaths.BatchGetPayGiftCardRules)] Task<WeChatBatchGetPayGiftCardRulesResponse> BatchGetPayGiftCardRulesAsync([Body(buffered: true)] WeChatBatchGetPayGiftCardRulesRequest request, CancellationToken cancellationToken);

    [Post(WeChatPaths.GetCardBizData)] Task<WeChatCardBizDataResponse> GetCardBizDataAsync([Body(buffered: true)] WeChatCardDataRequest request, CancellationToken cancellationToken);

    [Post(WeChatPaths.GetCardCardData)] Task<WeChatCardCardDataResponse> GetCardCardDataAsync([Body(buffered: true)] WeChatCardCardDataRequest request, CancellationToken cancellationToken);

    [Post(WeChatPaths.GetMemberCardData)] Task<WeChatMemberCardDataResponse> GetMemberCardDataAsync([Body(buffered: true)] WeChatCardDataRequest request, CancellationToken cancellationToken);

    [Post(WeChatPaths.GetMemberCardDetailData)] Task<WeChatMemberCardDetailDataResponse> GetMemberCardDetailDataAsync([Body(buffered: true)] WeChatMemberCardDetailDataRequest request, CancellationToken cancellationToken);

    [Post(WeChatPaths.SendCardMessage)] Task<WeChatResponse> SendCardMessageAsync([Body(buffered: true)] WeChatSendCardMessageRequest request, CancellationToken cancellationToken);

    [Post(WeChatPaths.MassSendCard)] Task<WeChatMassSendResponse> MassSendCardAsync([Body(buffered: true)] WeChatMassSendCardRequest request, CancellationToken cancellationToken);

    [Post(WeChatPaths.MassSendCardToUsers)] Task<WeChatMassSendResponse> MassSendCardToUsersAsync([Body(buffered: true)] WeChatMassSendCardToUsersRequest request, CancellationToken cancellationToken);

    [Post(WeChatPaths.PreviewCardMessage)] Task<WeChatMassSendResponse> PreviewCardMessageAsync([Body(buffered: true)] WeChatPreviewCardMessageRequest request, CancellationToken cancellationToken);
}
